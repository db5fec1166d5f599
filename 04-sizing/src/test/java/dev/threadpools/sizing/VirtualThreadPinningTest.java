package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/**
 * Does a virtual thread that blocks inside {@code synchronized} give its carrier back? It depends on
 * the JDK, so each test asserts what is true for the JDK it runs on: up to JDK 23 the monitor belongs
 * to the carrier thread, so the virtual thread stays mounted and pins its carrier while it blocks;
 * JDK 24 lets it unmount (JEP 491). The GitHub workflow runs the build on JDK 21 and on JDK 25, so
 * each run checks its own answer.
 *
 * <p>The evidence is Flight Recorder's {@code jdk.VirtualThreadPinned} event, which the JDK commits
 * when a virtual thread parks while it cannot unmount. The threshold is set to zero, so that every
 * pinned park is recorded whatever its length; the 20 ms sleep is the simulated blocking call.
 */
class VirtualThreadPinningTest {

    /** The first feature release in which a virtual thread blocked in {@code synchronized} unmounts. */
    private static final int JEP_491_RELEASE = 24;

    private static final Duration BLOCKING_CALL = Duration.ofMillis(20);

    private static final String PINNED = "jdk.VirtualThreadPinned";
    private static final String STARTED = "jdk.VirtualThreadStart";

    @Test
    void blockingInsideSynchronizedPinsTheCarrierOnlyBeforeJdk24() throws Exception {
        Object monitor = new Object();
        List<String> events = eventsOfOneVirtualThread(() -> {
            synchronized (monitor) {
                Thread.sleep(BLOCKING_CALL);
            }
        });

        assertThat(events).as("the recording saw the virtual thread").contains(STARTED);
        if (Runtime.version().feature() < JEP_491_RELEASE) {
            assertThat(events).as("JDK %s: blocked in synchronized, it pins its carrier", Runtime.version())
                    .contains(PINNED);
        } else {
            assertThat(events).as("JDK %s: blocked in synchronized, it unmounts (JEP 491)", Runtime.version())
                    .doesNotContain(PINNED);
        }
    }

    @Test
    void blockingOutsideSynchronizedNeverPins() throws Exception {
        List<String> events = eventsOfOneVirtualThread(() -> Thread.sleep(BLOCKING_CALL));

        assertThat(events).as("the recording saw the virtual thread").contains(STARTED);
        assertThat(events).as("JDK %s: a plain sleep unmounts", Runtime.version()).doesNotContain(PINNED);
    }

    @Test
    void blockingInAClassInitializerPinsOnEveryJdk() throws Exception {
        // The control: JEP 491 left this case pinned, so the recording must show the event on every
        // JDK. Without it, "no pinned event" above could mean a recording that sees nothing.
        List<String> events = eventsOfOneVirtualThread(SlowToInitialize::touch);

        assertThat(events).as("JDK %s: blocked in a class initializer, it pins its carrier", Runtime.version())
                .contains(PINNED);
    }

    /** Initialized by the first virtual thread that touches it, which blocks in its initializer. */
    private static final class SlowToInitialize {

        static {
            try {
                Thread.sleep(BLOCKING_CALL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void touch() {
            // Nothing to do: the first call is what runs the initializer.
        }
    }

    /** A task that may block; the checked exception is the blocking call's. */
    @FunctionalInterface
    private interface BlockingTask {
        void run() throws InterruptedException;
    }

    /**
     * Runs the task on a new virtual thread under a recording and returns the names of the events
     * that thread emitted, in order. The thread is joined before the recording stops, so every event
     * it could emit is in the file.
     */
    private static List<String> eventsOfOneVirtualThread(BlockingTask task) throws Exception {
        Path file = Files.createTempFile("pinning", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable(PINNED).withThreshold(Duration.ZERO);
            recording.enable(STARTED);
            recording.start();
            Thread thread = Thread.ofVirtual().unstarted(() -> {
                try {
                    task.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            thread.join();
            recording.stop();
            recording.dump(file);
            return RecordingFile.readAllEvents(file).stream()
                    .filter(event -> threadIdOf(event) == thread.threadId())
                    .map(event -> event.getEventType().getName())
                    .toList();
        } finally {
            Files.delete(file);
        }
    }

    /** The virtual thread an event is about: its own thread for a pinned park, a field for a start. */
    private static long threadIdOf(RecordedEvent event) {
        if (event.hasField("javaThreadId")) {
            return event.getLong("javaThreadId");
        }
        return event.getThread() == null ? -1 : event.getThread().getJavaThreadId();
    }
}
