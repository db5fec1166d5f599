package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The factory that lets a shutdown report name stuck threads and a leak test count threads: it names
 * them {@code <prefix>-1, -2, ...}, makes them daemons or not as asked, and remembers every one.
 */
class TrackingThreadFactoryTest {

    @Test
    void namesItsThreadsByPrefixAndNumberFromOneInCreationOrder() {
        TrackingThreadFactory factory = new TrackingThreadFactory("worker");

        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });

        assertThat(List.of(first.getName(), second.getName())).as("<prefix>-<n>, counting from 1")
                .containsExactly("worker-1", "worker-2");
        assertThat(factory.created()).as("every thread it made, in creation order").containsExactly(first, second);
    }

    @Test
    void makesDaemonThreadsOnlyWhenAsked() {
        assertThat(new TrackingThreadFactory("plain").newThread(() -> { }).isDaemon())
                .as("non-daemon by default, like Executors.defaultThreadFactory()").isFalse();
        assertThat(new TrackingThreadFactory("user", false).newThread(() -> { }).isDaemon()).isFalse();
        assertThat(new TrackingThreadFactory("daemon", true).newThread(() -> { }).isDaemon()).isTrue();
    }

    @Test
    void aliveListsOnlyTheThreadsThatHaveStartedAndNotEnded() throws InterruptedException {
        TrackingThreadFactory factory = new TrackingThreadFactory("alive");
        CountDownLatch release = new CountDownLatch(1);
        Thread ended = factory.newThread(() -> { });
        Thread running = factory.newThread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread neverStarted = factory.newThread(() -> { });
        ended.start();
        ended.join();
        running.start();
        try {
            assertThat(factory.alive()).as("not the ended one, not the one never started").containsExactly(running);
            assertThat(factory.created()).containsExactly(ended, running, neverStarted);
        } finally {
            release.countDown();
            running.join();
        }
        assertThat(factory.alive()).isEmpty();
    }

    @Test
    void rejectsANullOrBlankPrefixAndANullTask() {
        assertThatThrownBy(() -> new TrackingThreadFactory(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TrackingThreadFactory("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackingThreadFactory(" \t")).as("blank, not only empty")
                .isInstanceOf(IllegalArgumentException.class);
        TrackingThreadFactory factory = new TrackingThreadFactory("ok");
        assertThatThrownBy(() -> factory.newThread(null)).isInstanceOf(NullPointerException.class);
        assertThat(factory.created()).as("a rejected task makes no thread").isEmpty();
    }
}
