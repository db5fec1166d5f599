package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The Java side of Python's {@code thread_name_prefix} and {@code initializer}. */
class NamedThreadFactoryTest {

    @Test
    void namesThreadsLikePythonAndRunsTheInitializerOnceInEachBeforeAnyTask() throws Exception {
        // A list, not a set: an initializer run twice in one thread must show.
        List<String> initialized = new CopyOnWriteArrayList<>();
        var factory = new NamedThreadFactory("db", () -> initialized.add(Thread.currentThread().getName()));
        // The barrier makes the three tasks run at the same time, so they need three threads.
        CyclicBarrier allThree = new CyclicBarrier(3);
        Callable<String> task = () -> {
            assertThat(initialized).contains(Thread.currentThread().getName());
            allThree.await(5, TimeUnit.SECONDS);
            return Thread.currentThread().getName();
        };

        List<String> ranOn;
        try (ExecutorService pool = Executors.newFixedThreadPool(3, factory)) {
            ranOn = pool.invokeAll(List.of(task, task, task, task, task, task)).stream()
                    .map(Future::resultNow).distinct().sorted().toList();
        }

        assertThat(ranOn).as("threads that ran the six tasks").containsExactly("db_0", "db_1", "db_2");
        assertThat(initialized).as("threads the initializer ran in, once each")
                .containsExactlyInAnyOrder("db_0", "db_1", "db_2");
        assertThat(factory.created()).as("threads made").isEqualTo(3);
    }

    /**
     * Why an initializer must never stop the worker from running: a factory's thread that dies before
     * it runs the Runnable it was given leaves the pool with a worker that is counted, registered and
     * "busy" forever. Its first task is lost, the pool never replaces it, and with a core of one
     * every later task waits in the queue for good; the pool cannot even terminate.
     */
    @Test
    void aFactoryThreadThatDiesBeforeRunningItsWorkerStrandsThePool() throws InterruptedException {
        List<Thread> made = new CopyOnWriteArrayList<>();
        ThreadFactory initializerThatThrows = worker -> {
            Thread thread = new Thread(() -> {
                failToInitialize();
                worker.run();
            });
            thread.setUncaughtExceptionHandler((t, e) -> { }); // expected; keep it out of the build log
            made.add(thread);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                initializerThatThrows);
        AtomicInteger ran = new AtomicInteger();
        Runnable first = ran::incrementAndGet;
        Runnable second = ran::incrementAndGet;

        pool.execute(first);
        made.get(0).join(); // the thread has died of the initializer
        pool.execute(second);

        assertThat(made).as("threads made: the dead one is never replaced").hasSize(1);
        assertThat(pool.getPoolSize()).as("the pool still counts the dead worker").isEqualTo(1);
        assertThat(pool.getActiveCount()).as("and believes it busy").isEqualTo(1);
        assertThat(pool.getQueue()).as("so the second task waits for it").containsExactly(second);
        assertThat(pool.shutdownNow()).as("the first task is gone; only the second comes back").containsExactly(second);
        assertThat(pool.awaitTermination(50, TimeUnit.MILLISECONDS)).as("a pool waiting for a dead worker").isFalse();
        assertThat(ran).hasValue(0);
    }

    @Test
    void anInitializerThatThrowsIsReportedAndTheWorkerStillRuns() throws Exception {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        var factory = new NamedThreadFactory("init", NamedThreadFactoryTest::failToInitialize,
                (thread, failure) -> reported.add(failure));

        // Not close(): if the worker did not run, the pool could never terminate and close() would
        // wait forever instead of letting the test fail.
        ExecutorService pool = Executors.newFixedThreadPool(1, factory);
        try {
            assertThat(pool.submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS))
                    .as("the task ran, on the thread whose initializer failed").isEqualTo("init_0");
        } finally {
            pool.shutdownNow();
        }
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).as("the pool terminated").isTrue();

        assertThat(reported).as("failures handed to the thread's UncaughtExceptionHandler")
                .singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(factory.created()).as("threads made: none replaced").isEqualTo(1);
    }

    @Test
    void withoutAHandlerAnUncaughtExceptionGoesToTheThreadGroupAsForAPlainThread() throws Exception {
        // A thread is created in its creator's group; this group records what reaches it, so the
        // JVM-wide default handler is left alone.
        CompletableFuture<Throwable> reachedTheGroup = new CompletableFuture<>();
        ThreadGroup group = new ThreadGroup("recording") {
            @Override
            public void uncaughtException(Thread thread, Throwable failure) {
                reachedTheGroup.complete(failure);
            }
        };
        IllegalStateException boom = new IllegalStateException("boom");
        var factory = new NamedThreadFactory("plain");
        CompletableFuture<Thread> made = new CompletableFuture<>();
        Thread creator = new Thread(group, () -> made.complete(factory.newThread(() -> {
            throw boom;
        })));
        creator.start();
        creator.join();

        Thread thread = made.get(5, TimeUnit.SECONDS);
        assertThat(thread.getThreadGroup()).as("the thread's group (its creator's)").isSameAs(group);
        thread.start();
        thread.join();

        assertThat(reachedTheGroup.getNow(null)).as("what the thread group was told of").isSameAs(boom);
    }

    private static void failToInitialize() {
        throw new IllegalStateException("initializer failed");
    }

    @Test
    void validatesItsArgumentsLikeTheJdk() {
        Runnable noop = () -> { };
        assertThatThrownBy(() -> new NamedThreadFactory(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NamedThreadFactory(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix");
        assertThatThrownBy(() -> new NamedThreadFactory("p", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NamedThreadFactory("p", noop, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NamedThreadFactory("p").newThread(null)).isInstanceOf(NullPointerException.class);
        assertThat(new NamedThreadFactory("p").newThread(noop).getName()).isEqualTo("p_0");
    }
}
