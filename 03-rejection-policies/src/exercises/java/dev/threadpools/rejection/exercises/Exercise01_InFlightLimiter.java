package dev.threadpools.rejection.exercises;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 01: block the producer, with a timeout, before the pool is ever full.
 *
 * <p>{@code BlockingWithTimeoutPolicy} makes the producer wait inside the rejection handler, behind
 * {@code execute()}'s back. The other way to apply back-pressure needs no handler at all: count the
 * tasks that are "in flight" (handed over and not yet finished) and make the producer wait for a free
 * slot before it hands over the next one. Size {@code maxInFlight} as workers + queue capacity and the
 * pool never rejects.
 *
 * <p>Implement this class so that
 * <ol>
 *   <li>the constructor rejects a null {@code executor} with {@link NullPointerException} and
 *       {@code maxInFlight < 1} with {@link IllegalArgumentException};</li>
 *   <li>{@link #execute} hands {@code task} to the executor if fewer than {@code maxInFlight} tasks
 *       are in flight; otherwise it waits up to {@code timeout} for one to finish, and if none does,
 *       throws {@link RejectedExecutionException} without handing the task over;</li>
 *   <li>a task counts as in flight from the moment {@code execute} accepts it until it has finished
 *       running, <em>even if it throws</em>;</li>
 *   <li>if the executor itself rejects the task (it was shut down, say), the exception reaches the
 *       caller and the slot is freed again;</li>
 *   <li>{@link #inFlight} reports how many tasks are in flight now.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 03-rejection-policies -Pexercises -Dexercise=01}
 */
public final class Exercise01_InFlightLimiter {

    public Exercise01_InFlightLimiter(Executor executor, int maxInFlight) {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: "
                + "a java.util.concurrent.Semaphore with maxInFlight permits.");
    }

    public void execute(Runnable task, long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: "
                + "semaphore.tryAcquire(timeout, unit); release the permit in a finally block around task.run().");
    }

    public int inFlight() {
        throw new UnsupportedOperationException("Exercise 01 is not solved yet. Hint: "
                + "maxInFlight minus the permits still available.");
    }
}
