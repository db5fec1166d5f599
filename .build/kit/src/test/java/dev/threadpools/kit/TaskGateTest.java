package dev.threadpools.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kit's gate, which every module's demos and tests use to pin a pool (tested here for now). */
class TaskGateTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void shutDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("pool terminated").isTrue();
    }

    @Test
    void tasksWaitUntilTheGateOpensThenRunWhatFollows() throws Exception {
        TaskGate gate = new TaskGate();
        AtomicBoolean after = new AtomicBoolean();
        Future<?> first = pool.submit(gate.task());
        Future<?> second = pool.submit(gate.task(() -> after.set(true)));
        gate.awaitStarted(2);
        assertThat(first.isDone() || second.isDone()).as("a task passed a closed gate").isFalse();
        gate.open();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(after).as("the task after the gate ran").isTrue();
        assertThat(gate.interrupted()).isZero();
    }

    @Test
    void anInterruptLetsATaskThroughIsCountedAndLeavesTheFlagSet() throws Exception {
        TaskGate gate = new TaskGate();
        AtomicBoolean flagAfterGate = new AtomicBoolean();
        Future<?> held = pool.submit(gate.task(() -> flagAfterGate.set(Thread.currentThread().isInterrupted())));
        gate.awaitStarted(1);
        held.cancel(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("pool terminated").isTrue();
        assertThat(gate.interrupted()).isEqualTo(1);
        assertThat(flagAfterGate).as("interrupt status restored for the worker").isTrue();
    }

    @Test
    void refusesANegativeCountAndANullFollowUp() {
        assertThatThrownBy(() -> new TaskGate().awaitStarted(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskGate().task(null)).isInstanceOf(NullPointerException.class);
    }
}
