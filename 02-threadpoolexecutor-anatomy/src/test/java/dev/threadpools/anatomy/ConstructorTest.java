package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PoolsUnderTest;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seven constructor parameters: what each one is, read back from a live pool, and the validation
 * the constructor and the setters perform.
 */
class ConstructorTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    @ParameterizedTest
    @EnumSource(BadConstructorCall.class)
    void theConstructorRejectsEveryBadArgumentImmediately(BadConstructorCall call) {
        assertThatThrownBy(call::construct).as(call.description()).isExactlyInstanceOf(call.expected());
    }

    @Claim("J22")
    @Test
    void everyParameterIsReadBackByItsGetter() {
        var queue = new ArrayBlockingQueue<Runnable>(10);
        var factory = new PoolThreadFactory("params");
        RejectedExecutionHandler handler = new ThreadPoolExecutor.CallerRunsPolicy();
        var pool = pools.track(new ThreadPoolExecutor(2, 4, 30, TimeUnit.SECONDS, queue, factory, handler));

        assertThat(pool.getCorePoolSize()).isEqualTo(2);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
        assertThat(pool.getKeepAliveTime(TimeUnit.SECONDS)).isEqualTo(30);
        assertThat(pool.getQueue()).isSameAs(queue);
        assertThat(pool.getThreadFactory()).isSameAs(factory);
        assertThat(pool.getRejectedExecutionHandler()).isSameAs(handler);
    }

    @Claim("J21")
    @Test
    void theFiveArgumentConstructorUsesTheDefaultFactoryAndAbortPolicy() {
        var pool = pools.track(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()));

        assertThat(pool.getRejectedExecutionHandler()).isInstanceOf(ThreadPoolExecutor.AbortPolicy.class);
        assertThat(pool.getThreadFactory().getClass().getName()).isEqualTo("java.util.concurrent.Executors$DefaultThreadFactory");
    }

    @Test
    void keepAliveIsStoredInNanosecondsAndTruncatedWhenReadInACoarserUnit() {
        var pool = pools.track(new ThreadPoolExecutor(1, 1, 1500, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>()));

        assertThat(pool.getKeepAliveTime(TimeUnit.NANOSECONDS)).isEqualTo(1_500_000_000L);
        assertThat(pool.getKeepAliveTime(TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Claim({"J23", "P4"})
    @Test
    void noThreadStartsBeforeTheFirstTask() {
        var factory = new PoolThreadFactory("lazy");
        var pool = pools.track(new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory));

        assertThat(pool.getPoolSize()).isZero();
        assertThat(factory.createdCount()).isZero();
    }

    @Claim("J22")
    @Test
    void everyWorkerIsMadeByTheThreadFactory() throws InterruptedException {
        var factory = new PoolThreadFactory("made");
        var pool = pools.track(new ThreadPoolExecutor(3, 3, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory));
        List<Thread> runners = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            pool.execute(pools.gate().task(() -> runners.add(Thread.currentThread())));
        }
        pools.gate().awaitStarted(3);
        pools.gate().open();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(factory.createdThreads()).hasSize(3).containsExactlyInAnyOrderElementsOf(runners);
    }

    @Test
    void theHandlerReceivesTheRefusedTaskAndThePool() throws InterruptedException {
        List<Runnable> refused = new CopyOnWriteArrayList<>();
        List<ThreadPoolExecutor> refusedBy = new CopyOnWriteArrayList<>();
        var pool = pools.track(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new PoolThreadFactory("refusing"), (task, executor) -> {
                    refused.add(task);
                    refusedBy.add(executor);
                }));
        pool.execute(pools.gate().task());
        pools.gate().awaitStarted(1);
        Runnable second = () -> { };

        pool.execute(second);

        assertThat(refused).containsExactly(second);
        assertThat(refusedBy).containsExactly(pool);
    }

    @Test
    void theSettersValidateLikeTheConstructor() {
        var pool = pools.track(new ThreadPoolExecutor(2, 4, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()));

        assertThatThrownBy(() -> pool.setCorePoolSize(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.setCorePoolSize(5)).as("core above maximum")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.setMaximumPoolSize(1)).as("maximum below core")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.setKeepAliveTime(-1, TimeUnit.SECONDS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.setThreadFactory(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> pool.setRejectedExecutionHandler(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> pool.execute(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void coreThreadsMayTimeOutOnlyWithAPositiveKeepAlive() {
        var pool = pools.track(new ThreadPoolExecutor(2, 4, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()));
        assertThatThrownBy(() -> pool.allowCoreThreadTimeOut(true)).as("keep-alive 0")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pool.allowsCoreThreadTimeOut()).as("the refused call changed nothing").isFalse();

        pool.setKeepAliveTime(1, TimeUnit.SECONDS);
        pool.allowCoreThreadTimeOut(true);
        assertThat(pool.allowsCoreThreadTimeOut()).as("accepted with a positive keep-alive").isTrue();
        assertThatThrownBy(() -> pool.setKeepAliveTime(0, TimeUnit.SECONDS)).as("keep-alive 0 while core threads may time out")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pool.getKeepAliveTime(TimeUnit.SECONDS)).as("the refused keep-alive was not stored").isEqualTo(1);
    }
}
