package dev.threadpools.shutdown;

import dev.threadpools.kit.Uninterruptibly;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running one of this module's {@code main} classes, for looking at what only a whole
 * process shows: whether the JVM exits, what a daemon thread was doing when it did, what a shutdown
 * hook does with {@code SIGTERM}.
 *
 * <p>The child runs the same JDK ({@code java.home}) with the same class path as this JVM. Its
 * standard output and error are merged and read line by line on the calling thread, so reading adds
 * no thread of its own. {@link #close()} always kills the child and waits for it: use it in a
 * try-with-resources block and no process outlives its test.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Starts {@code java -cp <this class path> <mainClass> <args>}.
     *
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the JVM cannot be started
     */
    public static ChildJvm start(Class<?> mainClass, String... args) {
        Objects.requireNonNull(mainClass, "mainClass");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        for (String arg : args) {
            command.add(Objects.requireNonNull(arg, "args"));
        }
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /**
     * Reads the child's output until a line equal to {@code expected}; blocks until it comes.
     *
     * @throws IllegalStateException if the child's output ends first (it exited without printing it)
     */
    public void awaitLine(String expected) {
        while (true) {
            String line = readLine();
            if (line == null) {
                throw new IllegalStateException("child ended without printing '" + expected + "'; output: " + lines);
            }
            if (line.equals(expected)) {
                return;
            }
        }
    }

    /**
     * Waits at most {@code timeout} for the child to exit. A {@code false} here, after a bound long
     * enough for an idle JVM to exit many times over, is the proof that something keeps it alive.
     */
    public boolean waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The child's exit status; only once it has exited. */
    public int exitValue() {
        return process.exitValue();
    }

    /**
     * Sends {@code SIGTERM} (on Linux and macOS); the child runs its shutdown hooks and exits.
     *
     * <p>Through the {@link ProcessHandle}: {@link Process#destroy()} sends the same signal but also
     * closes this side's pipes, and then what the child printed on its way out could not be read.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Every line the child printed; reads to the end of its output, so only once it has exited. */
    public List<String> allOutput() {
        if (process.isAlive()) {
            throw new IllegalStateException("the child is still running: its output has no end yet");
        }
        while (readLine() != null) {
            // collected by readLine
        }
        return List.copyOf(lines);
    }

    private String readLine() {
        try {
            String line = output.readLine();
            if (line != null) {
                lines.add(line);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills the child if it still runs and waits until it is gone, whatever interrupts arrive
     * meanwhile: giving up on the wait would leave a process behind, which is what this method is
     * for. An interrupt is not lost; it is re-asserted before returning. (Not throwing
     * {@code InterruptedException} also keeps try-with-resources free of javac's {@code [try]}
     * warning: a resource whose {@code close()} throws it invites losing the interrupt.)
     */
    @Override
    public void close() {
        process.destroyForcibly();
        Uninterruptibly.waitFor(process);
        try {
            output.close();
        } catch (IOException e) {
            // The pipe of a dead process; nothing left to read or to leak.
        }
    }
}
