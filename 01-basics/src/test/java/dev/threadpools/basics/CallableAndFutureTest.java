package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Callable and Future (Demo04): values, checked exceptions, timeouts and cancellation. */
class CallableAndFutureTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreadFactory("worker"));
    private final CountDownLatch never = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    @AfterEach
    void closePool() {
        never.countDown();
        pool.close();
    }

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
        Future<String> future = pool.submit(this::blockUntilInterrupted);
        started.await();

        assertThatThrownBy(() -> future.get(50, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(future.state()).isEqualTo(Future.State.RUNNING);
        never.countDown();
        assertThat(future.get(5, TimeUnit.SECONDS)).as("the task ran on to its normal end").isEqualTo("released");
        assertThat(interrupted.getCount()).as("the task was not interrupted").isEqualTo(1);
    }

    @Test
    void cancelWithInterruptStopsATaskThatReactsToInterrupts() throws Exception {
        Future<String> future = pool.submit(this::blockUntilInterrupted);
        started.await();

        assertThat(future.cancel(true)).isTrue();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the task saw the interrupt").isTrue();
        assertThat(future.state()).isEqualTo(Future.State.CANCELLED);
        assertThatThrownBy(future::get).isInstanceOf(CancellationException.class);
    }

    private String blockUntilInterrupted() throws InterruptedException {
        started.countDown();
        try {
            never.await();
            return "released";
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
    }
}
