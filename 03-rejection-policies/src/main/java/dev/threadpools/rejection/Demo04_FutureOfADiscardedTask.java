package dev.threadpools.rejection;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Demo 04: a discarded task's {@code Future} is never completed, so whoever waits on it waits forever.
 *
 * <p>{@code submit} wraps the task in a {@code FutureTask} before {@code execute} sees it. The discard
 * policies throw that wrapper away without cancelling it: it is neither done nor cancelled, now or
 * after the pool has terminated. The demo waits with a timeout, as real code must; a plain
 * {@code get()} would hang this demo. Exercise 03 writes the policy that cancels instead.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 03-rejection-policies -Ddemo=04}
 */
public final class Demo04_FutureOfADiscardedTask {

    private static final long WAIT_MILLIS = 200;

    private Demo04_FutureOfADiscardedTask() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        DemoArgs.none(args, "Demo04_FutureOfADiscardedTask (takes no arguments)");
        Future<?> discarded;
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, new ThreadPoolExecutor.DiscardPolicy())) {
            discarded = saturated.executor().submit(saturated.task("discarded"));
            System.out.println("DiscardPolicy: submit() returned " + discarded.getClass().getSimpleName());
        } // the pool has terminated here
        System.out.println("after the pool terminated: isDone=" + discarded.isDone()
                + ", isCancelled=" + discarded.isCancelled());
        try {
            discarded.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            System.out.println("get() returned (not expected)");
        } catch (TimeoutException e) {
            System.out.println("get(" + WAIT_MILLIS + " ms) timed out: without a timeout it would block forever.");
        }
    }
}
