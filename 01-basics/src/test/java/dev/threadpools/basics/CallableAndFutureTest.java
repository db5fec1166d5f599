package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.PoolsUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Callable and Future (Demo04): values, checked exceptions, timeouts and cancellation. */
class CallableAndFutureTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final ExecutorService pool = pools.track(Executors.newFixedThreadPool(2, new NamedThreadFactory("worker")));

    @Test
    void getReturnsTheValueOfTheCallable() throws Exception {
        Future<Integer> future = pool.submit(() -> 6 * 7);

        assertThat(future.get()).isEqualTo(42);
        assertThat(future.state()).isEqualTo(Future.State.SUCCESS);
    }

    @Test
    void aCallableMayThrowACheckedExceptionWhichGetWraps() {
        IOException io = new IOException("disk on fire");
        Future<Integer> future = pool.submit(() -> {
            throw io;
        });

        assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class).cause().isSameAs(io);
    }

    @Test
    void aTimedOutGetLeavesTheTaskRunning() throws Exception {
        Future<String> future = pool.submit(pools.gate().task(), "released");
        pools.gate().awaitStarted(1);

        assertThatThrownBy(() -> future.get(50, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(future.state()).isEqualTo(Future.State.RUNNING);
        pools.gate().open();
        assertThat(future.get(5, TimeUnit.SECONDS)).as("the task ran on to its normal end").isEqualTo("released");
        assertThat(pools.gate().interrupted()).as("the task was not interrupted").isZero();
    }

    @Test
    void cancelWithInterruptStopsATaskThatReactsToInterrupts() throws Exception {
        Future<String> future = pool.submit(pools.gate().task(), "released");
        pools.gate().awaitStarted(1);

        assertThat(future.cancel(true)).isTrue();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(pools.gate().interrupted())
                .as("the task saw the interrupt").isEqualTo(1));
        assertThat(future.state()).isEqualTo(Future.State.CANCELLED);
        assertThatThrownBy(future::get).isInstanceOf(CancellationException.class);
    }
}
