package dev.threadpools.anatomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Java Flight Recorder from inside the program: record the events of {@link JfrPoolHooks} while some
 * work runs, write the recording to a file and read it back, as {@code jfr print} would.
 *
 * <p>The file round trip is on purpose: events reach a recording through thread-local buffers that
 * are flushed when the recording stops, so reading the file is the reliable way to see every event.
 */
public final class PoolRecording {

    /** Something to run while recording, allowed to throw like a test body. */
    @FunctionalInterface
    public interface Workload {
        void run() throws Exception;
    }

    private PoolRecording() {
    }

    /** Runs {@code workload} under a recording of the pool events and returns those events. */
    public static List<RecordedEvent> record(Workload workload) throws Exception {
        Objects.requireNonNull(workload, "workload");
        Path file = Files.createTempFile("pool-events", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable(JfrPoolHooks.TaskEvent.class);
            recording.enable(JfrPoolHooks.TerminatedEvent.class);
            recording.start();
            workload.run();
            recording.stop();
            recording.dump(file);
            return RecordingFile.readAllEvents(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Names of every event type this JVM's Flight Recorder knows, including registered custom ones. */
    public static Set<String> knownEventTypes() throws IOException {
        return FlightRecorder.getFlightRecorder().getEventTypes().stream()
                .map(EventType::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
