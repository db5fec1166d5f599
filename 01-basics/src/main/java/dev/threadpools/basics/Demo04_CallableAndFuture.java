package dev.threadpools.basics;

import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Demo 04: a {@link Callable} returns a value (and may throw a checked exception); a
 * {@link Future} is the caller's handle on it. Three things to watch:
 * <ol>
 *   <li>{@code get()} blocks until the value is there;</li>
 *   <li>{@code get(timeout)} gives up with a {@link TimeoutException} but leaves the task running:
 *       timing out the wait does not stop the work;</li>
 *   <li>{@code cancel(true)} interrupts the running task; the task stops only because it reacts to
 *       the interrupt (here it is blocked in {@code await}, which does).</li>
 * </ol>
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=04}.
 */
public final class Demo04_CallableAndFuture {

    private Demo04_CallableAndFuture() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        DemoArgs.none(args, "Demo04_CallableAndFuture (no arguments)");
        try (ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreadFactory("worker"))) {
            Callable<Integer> answer = () -> 6 * 7;
            Future<Integer> quick = pool.submit(answer);
            System.out.println("get() on a quick Callable:   " + quick.get() + " (state " + quick.state() + ")");

            CountDownLatch never = new CountDownLatch(1);
            CountDownLatch interrupted = new CountDownLatch(1);
            Future<String> slow = pool.submit(() -> {
                try {
                    never.await(); // stands in for a call that does not answer
                    return "unreachable";
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                }
            });
            try {
                slow.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                System.out.println("get(100 ms) on a stuck task:  TimeoutException, task still " + slow.state());
            }
            System.out.println("cancel(true):                " + slow.cancel(true) + " (state " + slow.state() + ")");
            interrupted.await();
            System.out.println("the task saw the interrupt:  yes, it left await() with InterruptedException");
            try {
                slow.get();
            } catch (CancellationException e) {
                System.out.println("get() after cancel:          CancellationException");
            }
        }
    }
}
