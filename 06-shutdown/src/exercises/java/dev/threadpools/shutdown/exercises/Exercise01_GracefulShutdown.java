package dev.threadpools.shutdown.exercises;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Exercise 01: write the graceful-shutdown helper, the version that loses nothing.
 *
 * <p>The snippet everyone copies drops the list that {@code shutdownNow()} returns, so the tasks that
 * were still queued vanish without a trace. Implement {@link #shutdownGracefully} so that it
 * <ol>
 *   <li>stops intake at once ({@code shutdown()}) and gives queued and running tasks up to
 *       {@code drain} to finish; a pool that drains in time is not interrupted at all;</li>
 *   <li>otherwise cancels ({@code shutdownNow()}) and waits up to {@code cancel} more;</li>
 *   <li>returns every task that never ran (empty if the pool drained); it does not throw when the pool
 *       still has not terminated: the caller can check {@code pool.isTerminated()};</li>
 *   <li>if the calling thread is interrupted while it waits: cancels at once, returns the tasks that
 *       never ran, and returns with the thread's interrupt status set;</li>
 *   <li>rejects a null argument with {@link NullPointerException} and a negative duration with
 *       {@link IllegalArgumentException}.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 06-shutdown -Pexercises -Dexercise=01}
 */
public final class Exercise01_GracefulShutdown {

    private Exercise01_GracefulShutdown() {
    }

    public static List<Runnable> shutdownGracefully(ExecutorService pool, Duration drain, Duration cancel) {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: shutdown(); "
                + "if awaitTermination(drain) says false, keep what shutdownNow() returns and "
                + "awaitTermination(cancel); on InterruptedException do the same and call "
                + "Thread.currentThread().interrupt().");
    }
}
