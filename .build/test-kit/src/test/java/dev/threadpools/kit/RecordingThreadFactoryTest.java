package dev.threadpools.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The kit's recording thread factory (tested here until the kit has tests of its own). */
class RecordingThreadFactoryTest {

    @Test
    void itCountsAPoolsWorkersTheirDeathsAndWhatKilledThem() throws InterruptedException {
        RecordingThreadFactory threads = new RecordingThreadFactory("probe");
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
        try {
            IllegalStateException boom = new IllegalStateException("boom");
            pool.execute(() -> {
                throw boom;
            });
            threads.awaitExits(1);
            assertThat(threads.uncaught()).containsExactly(boom);
            assertThat(threads.made()).as("the dead worker and its replacement").isEqualTo(2);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("pool terminated").isTrue();
        }
        threads.awaitExits(1);
        assertThat(threads.uncaught()).as("the replacement ended normally").hasSize(1);
    }

    @Test
    void itNamesThreadsInCreationOrder() {
        RecordingThreadFactory threads = new RecordingThreadFactory("probe");
        assertThat(threads.newThread(() -> { }).getName()).isEqualTo("probe-1");
        assertThat(threads.newThread(() -> { }).getName()).isEqualTo("probe-2");
        assertThat(threads.made()).isEqualTo(2);
    }

    @Test
    void itRefusesABlankPrefixANullWorkerAndANegativeCount() {
        assertThatThrownBy(() -> new RecordingThreadFactory(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordingThreadFactory("p").newThread(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RecordingThreadFactory("p").awaitExits(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
