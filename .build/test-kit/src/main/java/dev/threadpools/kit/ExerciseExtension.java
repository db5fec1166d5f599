package dev.threadpools.kit;

import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Grades exercise tests. The build chooses the mode with system properties (see the parent POM);
 * an IDE sets none, so a test clicked there runs in learner mode.
 *
 * <dl>
 *   <dt>Learner mode (default)</dt>
 *   <dd>A failure is rewritten for the learner: an exercise whose stub still throws becomes
 *       {@link NotSolvedYet}, one that did not finish in time becomes {@link DidNotFinish}, and
 *       every failure gains two lines, the file to edit and the command that re-runs just this
 *       exercise. {@link ExerciseRunner} tells "not started" and "did not finish" from "failing" by
 *       these two classes.</dd>
 *   <dt>Stub-check mode ({@code -DstubCheck})</dt>
 *   <dd>The test runs against the unsolved stub and its verdict is inverted: it passes only if the
 *       test method threw. An exercise test that passes against a stub cannot tell a solution from
 *       no solution, so it is reported as a defect.</dd>
 * </dl>
 */
public final class ExerciseExtension implements TestExecutionExceptionHandler, AfterTestExecutionCallback {

    static final String STUB_CHECK_PROPERTY = "threadpools.stubCheck";

    /** How every stub's methods start the message of the exception they throw. */
    static final Pattern STUB_MESSAGE = Pattern.compile("Exercise \\d+ is not solved yet");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ExerciseExtension.class);
    private static final String THREW = "threw";
    private static final Pattern NUMBER = Pattern.compile("Exercise(\\d+)_");

    /** The stub of the exercise still throws: the learner has not started it. */
    public static final class NotSolvedYet extends AssertionError {
        private static final long serialVersionUID = 1L;

        NotSolvedYet(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The test did not finish within {@link Exercise#SECONDS_TO_FINISH} seconds. */
    public static final class DidNotFinish extends AssertionError {
        private static final long serialVersionUID = 1L;

        DidNotFinish(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (stubCheck()) {
            // Expected: the stub throws, or the test's assertions reject what the stub returns.
            context.getStore(NAMESPACE).put(THREW, thrown);
            return;
        }
        Class<?> exercise = exerciseOf(context);
        String directions = System.lineSeparator() + "  -> edit " + sourcePath(exercise)
                + System.lineSeparator() + "  -> re-run: " + rerunCommand(exercise);
        Throwable stub = stubExceptionIn(thrown);
        AssertionError directed;
        if (stub != null) {
            Matcher quoted = STUB_MESSAGE.matcher(stub.getMessage());
            quoted.find();
            String hint = stub.getMessage().substring(quoted.start()).lines().findFirst().orElseThrow();
            directed = new NotSolvedYet("The stub still throws: " + hint + directions, thrown);
        } else if (thrown instanceof TimeoutException) {
            directed = new DidNotFinish("Did not finish within " + Exercise.SECONDS_TO_FINISH
                    + " s: look for a wait that nothing releases (a get() or await() without a"
                    + " timeout, a pool that is never shut down, a lock taken twice)" + directions, thrown);
        } else {
            directed = new AssertionError(thrown.getMessage() + directions, thrown);
        }
        directed.setStackTrace(thrown.getStackTrace());
        throw directed;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (stubCheck() && context.getStore(NAMESPACE).get(THREW) == null) {
            throw new AssertionError(context.getDisplayName() + " passed against the unsolved stub "
                    + exerciseOf(context).getSimpleName()
                    + ": it cannot fail, so it proves nothing. Make it assert what the exercise asks for.");
        }
    }

    /**
     * The exception that says the stub is still there, wherever it was thrown (a pool thread wraps
     * it in others) or quoted (an assertion that expected another exception names it).
     */
    static Throwable stubExceptionIn(Throwable thrown) {
        Throwable deepest = null; // a wrapper's message often repeats its cause's: keep the source
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A test that expects some other exception quotes the stub's in its own message.
            if (t.getMessage() != null && STUB_MESSAGE.matcher(t.getMessage()).find()) {
                deepest = t;
            }
        }
        return deepest;
    }

    private static boolean stubCheck() {
        return Boolean.getBoolean(STUB_CHECK_PROPERTY);
    }

    private static Class<?> exerciseOf(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Exercise exercise = testClass.getAnnotation(Exercise.class);
        if (exercise == null) {
            throw new IllegalStateException(testClass + " uses ExerciseExtension without @Exercise");
        }
        return exercise.value();
    }

    private static String sourcePath(Class<?> exercise) {
        return module() + "/src/exercises/java/" + exercise.getName().replace('.', '/') + ".java";
    }

    private static String rerunCommand(Class<?> exercise) {
        return "./mvnw -q test -pl " + module() + " -Pexercises -Dexercise="
                + String.format("%02d", number(exercise));
    }

    private static int number(Class<?> exercise) {
        Matcher matcher = NUMBER.matcher(exercise.getSimpleName());
        if (!matcher.find()) {
            throw new IllegalStateException(exercise + " is not named ExerciseNN_Idea");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** The module's directory name; surefire passes it in (see the parent POM). */
    private static String module() {
        return System.getProperty("threadpools.module", "<module>");
    }
}
