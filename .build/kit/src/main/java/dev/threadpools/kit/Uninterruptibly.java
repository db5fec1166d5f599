package dev.threadpools.kit;

import java.util.concurrent.CountDownLatch;

/**
 * Waiting that an interrupt cannot cut short. Several lessons need a task that ignores
 * {@code shutdownNow()}'s interrupt (to show what the interrupt can and cannot do), or a helper that
 * must not give up half-way; this is that idiom, written once.
 *
 * <p>The interrupt is not lost: it is remembered while waiting and re-asserted before returning, so
 * code further up the stack still sees that someone asked this thread to stop.
 */
public final class Uninterruptibly {

    private Uninterruptibly() {
    }

    /** Waits until {@code latch} reaches zero, whatever interrupts arrive meanwhile. */
    public static void await(CountDownLatch latch) {
        untilDone(latch::await);
    }

    /** Waits until {@code process} has exited, whatever interrupts arrive meanwhile. */
    public static void waitFor(Process process) {
        untilDone(process::waitFor);
    }

    /** A wait that an interrupt can cut short. */
    @FunctionalInterface
    private interface InterruptibleWait {
        void run() throws InterruptedException;
    }

    private static void untilDone(InterruptibleWait wait) {
        boolean interrupted = false;
        for (;;) {
            try {
                wait.run();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
