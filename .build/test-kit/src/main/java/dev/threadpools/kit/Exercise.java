package dev.threadpools.kit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as the grader of one exercise.
 *
 * <p>The exercise class named here exists twice with the same name: the learner's stub under
 * {@code src/exercises/java}, which is what the build and an IDE compile by default, and the
 * reference solution under {@code src/solutions/java}, compiled only with {@code -Psolutions}. Which
 * one the test runs against is chosen by the build, not by the test (see the root README,
 * "Exercises").
 *
 * <p>The tag keeps exercise tests out of the default test run, so that {@code ./mvnw verify} stays
 * green whatever state the learner's exercises are in. {@link ExerciseExtension} turns a failure
 * into directions for the learner and, in stub-check mode, proves that the test fails against the
 * unsolved stub.
 *
 * <p>Every exercise test must finish within {@link #SECONDS_TO_FINISH} seconds. A solution that
 * deadlocks or never returns then fails quickly, and it fails even when it ignores interrupts,
 * because the test method runs on a thread of its own that is given up at the deadline.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Exercise.TAG)
@ExtendWith(ExerciseExtension.class)
@Timeout(value = Exercise.SECONDS_TO_FINISH, unit = TimeUnit.SECONDS,
        threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public @interface Exercise {

    /** The JUnit tag of every exercise test; the parent POM includes or excludes it by this name. */
    String TAG = "exercise";

    /** How long one exercise test may run; a correct solution needs a small fraction of it. */
    int SECONDS_TO_FINISH = 5;

    /** The class the learner edits. */
    Class<?> value();
}
