package dev.threadpools.basics.exercises;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Reference solution of exercise 03; the task is described in the learner's copy. */
public final class Exercise03_SurfaceTheFailure {

    private Exercise03_SurfaceTheFailure() {
    }

    public static <T> T join(Future<T> future) throws InterruptedException {
        try {
            return future.get(); // CancellationException passes through as it is
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }
}
