package dev.threadpools.shutdown;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Counts, per task number, how often each of {@code size} numbered tasks ran, came back from
 * {@code shutdownNow}, or was rejected at submission. "Nothing lost" is then a property of the
 * ledger: every number has exactly one entry in total ({@link #everyTaskAccountedForOnce()}).
 *
 * <p>Per-number counters (not just totals) catch both failures a total could hide: a task that ran
 * twice and another that was lost would still add up.
 */
public final class TaskLedger {

    private final AtomicIntegerArray ran;
    private final AtomicIntegerArray returned;
    private final AtomicIntegerArray rejected;

    /**
     * @param size how many tasks, numbered {@code 0 .. size-1}
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public TaskLedger(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + size);
        }
        ran = new AtomicIntegerArray(size);
        returned = new AtomicIntegerArray(size);
        rejected = new AtomicIntegerArray(size);
    }

    /** A task that records its own run here. */
    public Task task(int number) {
        return new Task(number);
    }

    /** Records the tasks that {@code shutdownNow} handed back (all must be tasks of this ledger). */
    public void returned(Collection<Runnable> tasks) {
        for (Runnable task : tasks) {
            returned.incrementAndGet(((Task) task).number);
        }
    }

    /** Records a task that {@code execute} rejected. */
    public void rejected(Task task) {
        rejected.incrementAndGet(task.number);
    }

    public int size() {
        return ran.length();
    }

    public int ran() {
        return total(ran);
    }

    public int returned() {
        return total(returned);
    }

    public int rejected() {
        return total(rejected);
    }

    /** How often task {@code number} ran. */
    public int timesRun(int number) {
        return ran.get(number);
    }

    /** The sum of the numbers of the tasks that ran; with the other two sums it adds up to 0+1+...+(size-1). */
    public long sumOfRan() {
        return sumOfNumbers(ran);
    }

    public long sumOfReturned() {
        return sumOfNumbers(returned);
    }

    public long sumOfRejected() {
        return sumOfNumbers(rejected);
    }

    /** Whether every task ran, came back, or was rejected, exactly once in total. */
    public boolean everyTaskAccountedForOnce() {
        for (int i = 0; i < size(); i++) {
            if (ran.get(i) + returned.get(i) + rejected.get(i) != 1) {
                return false;
            }
        }
        return true;
    }

    private static int total(AtomicIntegerArray counts) {
        int total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    private static long sumOfNumbers(AtomicIntegerArray counts) {
        long sum = 0;
        for (int i = 0; i < counts.length(); i++) {
            sum += (long) i * counts.get(i);
        }
        return sum;
    }

    /** Task {@code number} of this ledger; running it is recorded. */
    public final class Task implements Runnable {
        private final int number;

        private Task(int number) {
            if (number < 0 || number >= ran.length()) {
                throw new IllegalArgumentException("number must be in [0, " + ran.length() + "), was " + number);
            }
            this.number = number;
        }

        public int number() {
            return number;
        }

        @Override
        public void run() {
            ran.incrementAndGet(number);
        }

        @Override
        public String toString() {
            return "Task " + number;
        }
    }
}
