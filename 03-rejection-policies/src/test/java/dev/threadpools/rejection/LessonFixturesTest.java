package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The lesson's own building blocks validate their arguments and keep their invariants. */
class LessonFixturesTest {

    private final ThreadPoolExecutor.AbortPolicy abort = new ThreadPoolExecutor.AbortPolicy();

    @Test
    void saturatedPoolValidatesItsArguments() {
        assertThatThrownBy(() -> SaturatedPool.saturate(0, 1, abort)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SaturatedPool.saturate(1, 0, abort)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SaturatedPool.saturate(1, 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SaturatedPool(1, null, abort)).isInstanceOf(NullPointerException.class);
        ArrayBlockingQueue<Runnable> notEmpty = new ArrayBlockingQueue<>(1);
        notEmpty.add(() -> { });
        assertThatThrownBy(() -> new SaturatedPool(1, notEmpty, abort)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnboundedQueueCannotBeFilled() {
        try (SaturatedPool saturated = new SaturatedPool(1, new LinkedBlockingQueue<>(), abort)) {
            assertThatThrownBy(saturated::fillQueue).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aSaturatedPoolHasEveryWorkerBusyAndAFullQueue() {
        try (SaturatedPool saturated = SaturatedPool.saturate(3, 4, abort)) {
            assertThat(saturated.executor().getActiveCount()).isEqualTo(3);
            assertThat(saturated.executor().getQueue().remainingCapacity()).isZero();
            assertThat(saturated.ranLabels()).isEmpty();
        }
    }

    @Test
    void boundedPriorityQueueRefusesBeyondItsCapacityAndValidates() {
        BoundedPriorityBlockingQueue<Integer> queue = new BoundedPriorityBlockingQueue<>(2, Integer::compare);
        assertThat(queue.offer(3)).isTrue();
        assertThat(queue.offer(1)).isTrue();
        assertThat(queue.offer(2)).isFalse();
        assertThat(queue.remainingCapacity()).isZero();
        assertThat(queue.poll()).as("the head is the smallest, not the oldest").isEqualTo(1);
        assertThatThrownBy(() -> queue.put(5)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> queue.offer(5, 1, TimeUnit.SECONDS)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new BoundedPriorityBlockingQueue<Integer>(0, Integer::compare))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BoundedPriorityBlockingQueue<Integer>(1, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void prioritizedTaskValidates() {
        assertThatThrownBy(() -> new PrioritizedTask("x", -1, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrioritizedTask(null, 0, () -> { })).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PrioritizedTask("x", 0, null)).isInstanceOf(NullPointerException.class);
    }
}
