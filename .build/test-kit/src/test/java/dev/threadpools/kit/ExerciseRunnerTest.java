package dev.threadpools.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.ExerciseRunner.Attempt;
import dev.threadpools.kit.ExerciseRunner.Case;
import dev.threadpools.kit.ExerciseRunner.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a learner reads: the state of each exercise, the blocks, the progress table and its total. */
class ExerciseRunnerTest {

    private static final Case PASSED = new Case("passes()", Optional.empty());
    private static final Case STUB = new Case("stub()", Optional.of(new ExerciseExtension.NotSolvedYet(
            "The stub still throws: Exercise 02 is not solved yet. Hint: use a latch.", null)));
    private static final Case WRONG = new Case("wrong()", Optional.of(new AssertionError(
            "[three tasks] expected: 3 but was: 2\n  -> edit x\n  -> re-run: y")));
    private static final Case TIMED_OUT = new Case("waits()", Optional.of(
            new AssertionError("no result in 2 s", new java.util.concurrent.TimeoutException())));

    @TempDir
    Path root;

    @Test
    void anExerciseIsSolvedOnlyWhenEveryCasePasses() {
        assertThat(attempt(PASSED, PASSED).state()).isEqualTo(State.SOLVED);
        assertThat(attempt(PASSED, WRONG).state()).isEqualTo(State.FAILING);
        assertThat(attempt().state()).isEqualTo(State.NOT_RUN);
    }

    @Test
    void anExerciseIsNotStartedWhileNothingPassesAndTheStubStillThrows() {
        assertThat(attempt(STUB, STUB).state()).isEqualTo(State.NOT_STARTED);
        // The stub threw on another thread and the test's wait timed out: still no sign of a start.
        assertThat(attempt(STUB, TIMED_OUT).state()).isEqualTo(State.NOT_STARTED);
        assertThat(attempt(STUB, PASSED).state()).as("one case passes").isEqualTo(State.FAILING);
        assertThat(attempt(WRONG, TIMED_OUT).state()).as("the stub is gone").isEqualTo(State.FAILING);
        assertThat(attempt(WRONG, STUB).state()).as("one method written, wrong").isEqualTo(State.FAILING);
    }

    @Test
    void theFirstFailureShownIsARealOneRatherThanTheStub() {
        assertThat(attempt(STUB, WRONG).firstFailure()).isSameAs(WRONG);
    }

    @Test
    void aModuleRunPrintsABlockPerUnsolvedExerciseWithTheCaseTheFileAndTheCommand() {
        StringBuilder out = new StringBuilder();
        int status = ExerciseRunner.module(root.resolve("01-basics"),
                List.of(attempt(1, PASSED), attempt(2, WRONG, STUB), attempt(3, STUB)), out);

        assertThat(status).isEqualTo(ExerciseRunner.EXIT_NOT_SOLVED);
        assertThat(out.toString()).contains(
                "Exercise 01 Idea: solved",
                "Exercise 02 Idea: failing\n  case: wrong()\n    [three tasks] expected: 3 but was: 2\n",
                "  and 1 case still reach the stub's exception",
                "Exercise 03 Idea: not started\n  hint: use a latch.",
                "  edit:   01-basics/src/exercises/java/Exercise02_Idea.java",
                "  re-run: ./mvnw -q test -pl 01-basics -Pexercises -Dexercise=02",
                "01-basics: 1 of 3 exercises solved");
        assertThat(out.toString()).as("our directions are printed once, as edit: and re-run:")
                .doesNotContain("-> edit", "-> re-run");
        assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void aModuleWhoseExercisesAreAllSolvedExitsWithZero() {
        assertThat(ExerciseRunner.module(root.resolve("01-basics"), List.of(attempt(1, PASSED)), new StringBuilder()))
                .isZero();
    }

    @Test
    void theLearnersOwnFramesAreShownAndNoOthers() {
        AssertionError failure = new AssertionError("boom", new ExecutionException(new NullPointerException("x")));
        failure.getCause().getCause().setStackTrace(new StackTraceElement[] {
                new StackTraceElement("a.b.Exercise02_Idea", "run", "Exercise02_Idea.java", 12),
                new StackTraceElement("java.util.concurrent.FutureTask", "run", "FutureTask.java", 317)});
        StringBuilder out = new StringBuilder();
        ExerciseRunner.module(root.resolve("m"), List.of(attempt(2, new Case("npe()", Optional.of(failure)))), out);

        assertThat(out.toString()).contains("      at Exercise02_Idea.run(Exercise02_Idea.java:12)")
                .doesNotContain("FutureTask");
    }

    @Test
    void progressListsEveryModuleInLessonOrderAndTheLastAddsTheTotalAndWhatIsNext() throws IOException {
        Path first = lesson("01-first", 1, 2);
        Path second = lesson("02-second", 1);

        StringBuilder out = new StringBuilder();
        ExerciseRunner.progress(first, first.resolve("target"), List.of(attempt(1, PASSED), attempt(2, WRONG)), out);
        assertThat(out.toString()).startsWith("Exercises in lesson order")
                .contains("01-first\n  01 Idea", "solved\n", "failing: [three tasks] expected: 3 but was: 2")
                .doesNotContain("of 3 solved");

        out.setLength(0);
        ExerciseRunner.progress(second, second.resolve("target"), List.of(attempt(1, STUB)), out);
        assertThat(out.toString()).doesNotContain("Exercises in lesson order")
                .contains("02-second\n  01 Idea", "not started",
                        "1 of 3 solved\nnext: ./mvnw -q test -pl 01-first -Pexercises -Dexercise=02");
    }

    @Test
    void theStubCheckFailsATestThatPassedAgainstTheStubAndAnExerciseWithoutTests() {
        // Inverted verdicts: a failure here is a test that passed against the stub.
        StringBuilder out = new StringBuilder();
        assertThat(ExerciseRunner.stubCheck(root.resolve("m"), List.of(attempt(1, PASSED)), out)).isZero();
        assertThat(ExerciseRunner.stubCheck(root.resolve("m"), List.of(attempt(1, WRONG)), out))
                .isEqualTo(ExerciseRunner.EXIT_NOT_SOLVED);
        assertThat(ExerciseRunner.stubCheck(root.resolve("m"), List.of(attempt(1, PASSED), attempt(2)), out))
                .isEqualTo(ExerciseRunner.EXIT_NOT_SOLVED);
        assertThat(out.toString()).contains("exercise 02: no test ran against its stub");
    }

    @Test
    void exercisesAreFoundInNumberOrderWithTheirTestResults() throws IOException {
        Path module = lesson("01-first", 10, 2);
        List<Attempt> found = ExerciseRunner.exercisesIn(module, Map.of("Exercise02_IdeaTest", List.of(PASSED)));

        assertThat(found).extracting(Attempt::number).containsExactly(2, 10);
        assertThat(found.get(0).state()).isEqualTo(State.SOLVED);
        assertThat(found.get(1).state()).isEqualTo(State.NOT_RUN);
    }

    @Test
    void wrappingKeepsTheIndentAndNeverPassesTheWidth() {
        StringBuilder out = new StringBuilder();
        ExerciseRunner.wrap("  " + "word ".repeat(60), "    ", out);

        assertThat(out.toString().lines()).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ExerciseRunner.WIDTH))
                .first().asString().startsWith("      word");
    }

    private static Attempt attempt(Case... cases) {
        return attempt(1, cases);
    }

    private static Attempt attempt(int number, Case... cases) {
        return new Attempt(number, "Idea", Path.of("src/exercises/java/Exercise" + String.format("%02d", number)
                + "_Idea.java"), List.of(cases));
    }

    /** A lesson folder under {@link #root} with the given exercise stubs. */
    private Path lesson(String name, int... numbers) throws IOException {
        Path sources = Files.createDirectories(root.resolve(name).resolve("src/exercises/java/x"));
        for (int number : numbers) {
            Files.writeString(sources.resolve(String.format("Exercise%02d_Idea.java", number)), "");
        }
        Files.createDirectories(root.resolve(name).resolve("target"));
        return root.resolve(name);
    }
}
