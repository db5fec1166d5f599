package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PoolsUnderTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Names, daemon flag and uncaught-exception handler of pool threads, and why the factory must be thread-safe. */
class ThreadFactoryTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    @Claim({"J41", "J78"})
    @Test
    void threadsAreNamedWithThePrefixAndNumberedInCreationOrder() {
        PoolThreadFactory factory = new PoolThreadFactory("orders");

        List<String> names = List.of(factory.newThread(() -> { }).getName(), factory.newThread(() -> { }).getName());

        assertThat(names).containsExactly("orders-1", "orders-2");
    }

    @Claim("J43")
    @Test
    void theDaemonFlagIsSetExplicitly_notInheritedFromTheThreadThatCallsExecute() throws InterruptedException {
        PoolThreadFactory userThreads = new PoolThreadFactory("user", false, null);
        List<Thread> made = new ArrayList<>();
        Thread daemonCaller = new Thread(() -> made.add(userThreads.newThread(() -> { })));
        daemonCaller.setDaemon(true);
        daemonCaller.start();
        daemonCaller.join();

        assertThat(made.getFirst().isDaemon()).isFalse();
        assertThat(new PoolThreadFactory("d", true, null).newThread(() -> { }).isDaemon()).isTrue();
    }

    @Claim("J44")
    @Test
    void theJdkDefaultFactoryMakesNonDaemonThreadsNamedPoolNThreadM() {
        Thread thread = Executors.defaultThreadFactory().newThread(() -> { });

        assertThat(thread.getName()).matches("pool-\\d+-thread-1");
        assertThat(thread.isDaemon()).isFalse();
    }

    @Test
    void theUncaughtExceptionHandlerHearsOfExecutedTasksOnly_andTheDeadWorkerIsReplaced() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        PoolThreadFactory factory = new PoolThreadFactory("ueh", false, (thread, failure) -> uncaught.add(failure));
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory));

        pool.execute(() -> {
            throw new IllegalStateException("from execute");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> uncaught.size() == 1);
        var failedSubmit = pool.submit(() -> {
            throw new IllegalStateException("from submit");
        });
        await().atMost(Duration.ofSeconds(10)).until(failedSubmit::isDone);
        pool.submit(() -> { }).get();   // the worker is alive and past the failed submit

        assertThatThrownBy(failedSubmit::get).as("the submitted failure is kept in the Future")
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("from submit");
        assertThat(uncaught).as("the handler heard of the execute()d failure only")
                .extracting(Throwable::getMessage).containsExactly("from execute");
        assertThat(factory.createdThreads()).extracting(Thread::getName)
                .as("ueh-1 died of the execute()d exception and was replaced; submit() killed nobody")
                .containsExactly("ueh-1", "ueh-2");
    }

    @Claim("J42")
    @Test
    void aPoolCallsItsThreadFactoryFromSeveralThreadsAtOnce() throws Exception {
        // If the pool serialised calls to newThread, the first caller would wait at this barrier forever
        // (until its timeout) because the second could not get in. Both arriving proves overlap.
        CyclicBarrier bothInside = new CyclicBarrier(2);
        Set<String> failures = ConcurrentHashMap.newKeySet();
        PoolThreadFactory names = new PoolThreadFactory("overlap");
        ThreadFactory meetingFactory = task -> {
            try {
                bothInside.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                failures.add(e.toString());
            }
            return names.newThread(task);
        };
        ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), meetingFactory));
        Thread first = new Thread(() -> pool.execute(() -> { }));
        Thread second = new Thread(() -> pool.execute(() -> { }));

        first.start();
        second.start();
        first.join();
        second.join();

        assertThat(failures).as("both execute() calls were inside newThread at the same time").isEmpty();
        assertThat(names.createdCount()).isEqualTo(2);
    }
}
