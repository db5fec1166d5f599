package dev.threadpools.basics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * What a blocked thread costs in memory, read from inside the JVM.
 *
 * <h2>Three different numbers called "memory"</h2>
 * <dl>
 *   <dt>Reserved stack</dt>
 *   <dd>Address space set aside for a platform thread's stack: {@code -Xss}, 1 MB by default on
 *       64-bit Linux. Reserving costs no RAM; it is the figure behind "a thread costs 1 MB".</dd>
 *   <dt>Committed stack</dt>
 *   <dd>The part of that reservation backed by memory because the thread has touched it: a few
 *       pages for a thread that blocks after a shallow call chain.</dd>
 *   <dt>Resident set (RSS)</dt>
 *   <dd>What the process really occupies in RAM, from {@code /proc/self/status}. It includes
 *       committed stacks and every native structure the kernel and the JVM keep per thread.</dd>
 * </dl>
 * A virtual thread has no native stack at all: while it is blocked, its frames live in a stack chunk
 * on the Java heap, which is why the heap is measured as well.
 *
 * <p>The stack figures come from Native Memory Tracking and are only available when the JVM was
 * started with {@code -XX:NativeMemoryTracking=summary} (this module's {@code demo.jvmArgs} does so);
 * without it they read as unknown (-1) and only heap and RSS are measured.
 */
public final class ThreadMemory {

    /** Returned for a figure that cannot be read on this JVM or OS. */
    public static final long UNKNOWN = -1;

    private static final Pattern NMT_STACK =
            Pattern.compile("\\(stack: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final Pattern RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);

    /**
     * Memory at one moment, in KB; {@link #UNKNOWN} where it could not be read.
     *
     * @param stackReservedKb  address space reserved for all platform-thread stacks (NMT)
     * @param stackCommittedKb memory committed to those stacks (NMT)
     * @param heapUsedKb       Java heap in use after a full collection
     * @param rssKb            resident set size of the whole process
     */
    public record Snapshot(long stackReservedKb, long stackCommittedKb, long heapUsedKb, long rssKb) {

        /** {@code this - before}, field by field; unknown stays unknown. */
        public Snapshot minus(Snapshot before) {
            return new Snapshot(delta(stackReservedKb, before.stackReservedKb),
                    delta(stackCommittedKb, before.stackCommittedKb),
                    delta(heapUsedKb, before.heapUsedKb),
                    delta(rssKb, before.rssKb));
        }

        private static long delta(long after, long before) {
            return after == UNKNOWN || before == UNKNOWN ? UNKNOWN : after - before;
        }
    }

    private ThreadMemory() {
    }

    /**
     * Starts {@code count} threads from {@code builder} that all block on one latch, measures the
     * memory while every one of them is blocked, then releases and joins them.
     *
     * @return the growth from just before the threads were started to the moment all were blocked
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public static Snapshot growthWithBlockedThreads(Thread.Builder builder, int count) throws InterruptedException {
        Objects.requireNonNull(builder, "builder");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        CountDownLatch allBlocked = new CountDownLatch(count);
        CountDownLatch release = new CountDownLatch(1);
        Runnable blockUntilReleased = () -> {
            allBlocked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // nobody interrupts these; keep the status if someone does
            }
        };
        Snapshot before = snapshot();
        List<Thread> threads = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                threads.add(builder.start(blockUntilReleased));
            }
            allBlocked.await();
            return snapshot().minus(before);
        } finally {
            release.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /** Memory now. Runs a full GC first so that the heap figure is live data, not garbage. */
    public static Snapshot snapshot() {
        System.gc();
        long heapUsedKb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
        long[] stack = parseNmtStack(nmtSummary());
        return new Snapshot(stack[0], stack[1], heapUsedKb, residentSetKb());
    }

    /** Whether this JVM tracks native memory, i.e. whether the stack figures can be known. */
    public static boolean nativeMemoryTrackingEnabled() {
        return parseNmtStack(nmtSummary())[0] != UNKNOWN;
    }

    /**
     * Reads the thread-stack line of an NMT summary ({@code jcmd <pid> VM.native_memory summary
     * scale=KB}): {@code (stack: reserved=12288KB, committed=560KB, ...)}.
     *
     * @return {reserved, committed} in KB, or {UNKNOWN, UNKNOWN} if the text has no such line
     */
    static long[] parseNmtStack(String summary) {
        Matcher matcher = NMT_STACK.matcher(summary);
        return matcher.find()
                ? new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))}
                : new long[] {UNKNOWN, UNKNOWN};
    }

    /** The {@code VmRSS} line of {@code /proc/self/status}, or UNKNOWN off Linux. */
    static long residentSetKb() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return UNKNOWN;
        }
        try {
            return parseResidentSetKb(Files.readString(status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code VmRSS} figure of a {@code /proc/<pid>/status} text, or UNKNOWN if it has none. */
    static long parseResidentSetKb(String status) {
        Matcher matcher = RSS.matcher(status);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : UNKNOWN;
    }

    /**
     * The same text {@code jcmd <pid> VM.native_memory summary scale=KB} prints, asked for through
     * the DiagnosticCommand MBean, so that no second process and no attach is needed. Without NMT the
     * JVM answers with a one-line "not enabled" message, which has no stack line.
     */
    private static String nmtSummary() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=KB"}},
                    new String[] {String[].class.getName()});
        } catch (JMException e) {
            return ""; // a JVM without this diagnostic command: stack figures stay unknown
        }
    }
}
