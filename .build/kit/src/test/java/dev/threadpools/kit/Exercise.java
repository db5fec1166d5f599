package dev.threadpools.kit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as the grader of one exercise.
 *
 * <p>The exercise class named here exists twice with the same name: the learner's stub under
 * {@code src/exercises/java} and the reference solution under {@code src/solutions/java}. Which one
 * the test runs against is chosen by the build, not by the test (see the root README, "Exercises").
 * {@link ExerciseExtension} turns a failure into directions for the learner and, in stub-check mode,
 * proves that the test fails against the unsolved stub.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("exercise")
@ExtendWith(ExerciseExtension.class)
public @interface Exercise {

    /** The class the learner edits. */
    Class<?> value();
}
