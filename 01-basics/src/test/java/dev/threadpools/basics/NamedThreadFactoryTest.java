package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Java side of Python's {@code thread_name_prefix} and {@code initializer}. */
class NamedThreadFactoryTest {

    @Test
    void namesThreadsLikePythonAndRunsTheInitializerOnceInEachBeforeAnyTask() throws Exception {
        Set<String> initialized = ConcurrentHashMap.newKeySet();
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

        assertThat(ranOn).containsExactly("db_0", "db_1", "db_2");
        assertThat(initialized).containsExactlyInAnyOrder("db_0", "db_1", "db_2");
        assertThat(factory.created()).isEqualTo(3);
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
