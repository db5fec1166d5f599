package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The lesson's own classes validate their arguments the way ThreadPoolExecutor does. */
class LessonCodeValidationTest {

    @Test
    void poolThreadFactoryNeedsANonBlankPrefixAndATask() {
        assertThatThrownBy(() -> new PoolThreadFactory(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PoolThreadFactory(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolThreadFactory("ok").newThread(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void hookedPoolNeedsHooksAndValidatesTheSevenParameters() {
        assertThatThrownBy(() -> new HookedThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new PoolThreadFactory("h"), new ThreadPoolExecutor.AbortPolicy(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new HookedThreadPoolExecutor(2, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new PoolThreadFactory("h"), new ThreadPoolExecutor.AbortPolicy(), new PoolHooks() { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearingHooksNeedAtLeastOneNonNullThreadLocal() {
        assertThatThrownBy(ThreadLocalClearingHooks::new).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThreadLocalClearingHooks(new ThreadLocal<>(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theRestRejectsNullsAndNegativeCounts() {
        assertThatThrownBy(() -> new JfrPoolHooks(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PoolThreadDump.of(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PoolThreadDump.of("p", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorityTask(1, null, () -> { })).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PoolMetrics.prometheusText(null, "p")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ThreadLocalLeak.userSeenByAnonymousRequest(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PoolRecording.record(null)).isInstanceOf(NullPointerException.class);
    }
}
