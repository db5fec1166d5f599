package dev.threadpools.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** How a failure is recognised as "the stub still throws", which the runner reports as not started. */
class ExerciseExtensionTest {

    private static final String STUB = "Exercise 03 is not solved yet. Hint: use a latch.";

    @Test
    void theStubsExceptionIsFoundBehindTheExceptionsThatWrapIt() {
        UnsupportedOperationException stub = new UnsupportedOperationException(STUB);

        assertThat(ExerciseExtension.stubExceptionIn(new ExecutionException(stub))).isSameAs(stub);
    }

    @Test
    void anAssertionThatQuotesTheStubsExceptionCountsAsTheStub() {
        AssertionError expectedAnother = new AssertionError(
                "Expecting actual throwable to be an instance of IllegalArgumentException but was:\n  "
                        + "java.lang.UnsupportedOperationException: " + STUB);

        assertThat(ExerciseExtension.stubExceptionIn(expectedAnother)).isSameAs(expectedAnother);
    }

    @Test
    void anyOtherFailureIsTheLearnersOwn() {
        assertThat(ExerciseExtension.stubExceptionIn(new AssertionError("expected: 3 but was: 2"))).isNull();
        assertThat(ExerciseExtension.stubExceptionIn(new UnsupportedOperationException("not here"))).isNull();
    }
}
