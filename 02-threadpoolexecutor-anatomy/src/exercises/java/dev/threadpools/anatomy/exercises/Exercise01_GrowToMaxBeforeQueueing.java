package dev.threadpools.anatomy.exercises;

import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Exercise 01: a pool that grows to its maximum before it queues.
 *
 * <p>A {@code ThreadPoolExecutor} with {@code core < max} and an unbounded queue never starts more than
 * {@code core} threads: extra threads start only when the queue refuses a task, and an unbounded queue
 * never refuses. Many people expect the opposite: "use up to max threads, then queue". Build that pool.
 *
 * <p>Implement {@link #newPool} so that the returned pool
 * <ol>
 *   <li>starts a new thread for each task while fewer than {@code maxThreads} threads exist, before
 *       anything is queued;</li>
 *   <li>queues further tasks without limit once {@code maxThreads} threads exist (never rejects while
 *       running);</li>
 *   <li>lets every thread that has been idle for {@code keepAlive} end, so an idle pool shrinks to zero
 *       threads;</li>
 *   <li>makes its threads with {@code threadFactory};</li>
 *   <li>rejects {@code maxThreads < 1} and a keep-alive that is not positive with
 *       {@link IllegalArgumentException}, and null arguments with {@link NullPointerException}.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 02-threadpoolexecutor-anatomy -Pexercises -Dexercise=01}
 */
public final class Exercise01_GrowToMaxBeforeQueueing {

    private Exercise01_GrowToMaxBeforeQueueing() {
    }

    public static ThreadPoolExecutor newPool(int maxThreads, Duration keepAlive, ThreadFactory threadFactory) {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: below corePoolSize every "
                + "task starts a thread, so make core equal to max; then find the setting that lets core threads "
                + "time out.");
    }
}
