package dev.threadpools.kit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Grades exercise tests in one of two modes, chosen by the system property
 * {@code threadpools.stubCheck} (the build sets it from {@code -DstubCheck}).
 *
 * <dl>
 *   <dt>Learner mode (default)</dt>
 *   <dd>A failure keeps its message and gains two lines: which file to edit and the command that
 *       re-runs just this exercise.</dd>
 *   <dt>Stub-check mode</dt>
 *   <dd>The test runs against the unsolved stub and its verdict is inverted: it passes only if the
 *       test method threw. An exercise test that passes against a stub cannot tell a solution from
 *       no solution, so it is reported as a defect.</dd>
 * </dl>
 */
public final class ExerciseExtension implements TestExecutionExceptionHandler, AfterTestExecutionCallback {

    static final String STUB_CHECK_PROPERTY = "threadpools.stubCheck";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ExerciseExtension.class);
    private static final String THREW = "threw";
    private static final Pattern NUMBER = Pattern.compile("Exercise(\\d+)_");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (stubCheck()) {
            // Expected: the stub throws, or the test's assertions reject what the stub returns.
            context.getStore(NAMESPACE).put(THREW, thrown);
            return;
        }
        Class<?> exercise = exerciseOf(context);
        AssertionError directed = new AssertionError(thrown.getMessage()
                + System.lineSeparator() + "  -> edit " + sourcePath(exercise)
                + System.lineSeparator() + "  -> re-run: ./mvnw -q test -pl " + module()
                + " -Pexercises -Dexercise=" + number(exercise), thrown);
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

    private static String number(Class<?> exercise) {
        Matcher matcher = NUMBER.matcher(exercise.getSimpleName());
        return matcher.find() ? matcher.group(1) : exercise.getSimpleName();
    }

    /** The module's directory name; surefire passes it in (see the parent POM). */
    private static String module() {
        return System.getProperty("threadpools.module", "<module>");
    }
}
