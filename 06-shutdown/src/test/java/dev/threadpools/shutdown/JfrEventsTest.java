package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.Claim;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import org.junit.jupiter.api.Test;

/**
 * Seed claim: JFR has events {@code jdk.ThreadPoolSubmit} ("task submission") and
 * {@code jdk.ThreadPoolTerminate} ("pool termination"). The JDK's own list of event types says
 * otherwise; a pool's termination is seen through its {@code terminated()} hook, not JFR.
 */
class JfrEventsTest {

    @Claim({"J74", "J75"})
    @Test
    void theJdkHasNoThreadPoolEventsInFlightRecorder() {
        var names = FlightRecorder.getFlightRecorder().getEventTypes().stream().map(EventType::getName).toList();

        assertThat(names).as("JFR knows events, so the list is real").contains("jdk.ThreadStart", "jdk.ThreadEnd");
        assertThat(names).doesNotContain("jdk.ThreadPoolSubmit", "jdk.ThreadPoolTerminate");
        assertThat(names).noneMatch(name -> name.toLowerCase().contains("threadpool"));
    }
}
