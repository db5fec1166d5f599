package dev.threadpools.shutdown.exercises;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;

/**
 * Exercise 02, reference solution: a worker that an interrupt can stop wherever it is.
 */
public final class Exercise02_StoppableWorker implements Runnable {

    public static final long FOREVER = Long.MAX_VALUE;

    private final BlockingQueue<Long> work;
    private volatile long sum;
    private volatile long inProgress = -1;

    public Exercise02_StoppableWorker(BlockingQueue<Long> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    @Override
    public void run() {
        try {
            while (true) {
                long n = work.take(); // interruptible: throws if interrupted while waiting
                inProgress = n;
                for (long round = 0; round < n; round++) {
                    if (Thread.currentThread().isInterrupted()) {
                        return; // the status stays set: whoever runs this thread sees it too
                    }
                    Thread.onSpinWait();
                }
                inProgress = -1;
                sum += n; // single writer: this thread
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // catching it cleared the status; put it back
        }
    }

    public long sum() {
        return sum;
    }

    public long inProgress() {
        return inProgress;
    }
}
