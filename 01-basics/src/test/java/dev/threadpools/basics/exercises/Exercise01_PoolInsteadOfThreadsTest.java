package dev.threadpools.basics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@Exercise(Exercise01_PoolInsteadOfThreads.class)
class Exercise01_PoolInsteadOfThreadsTest {

    /** Every thread the solution asks for; the tasks check that they run on one of these. */
    private final Set<Thread> madeByFactory = ConcurrentHashMap.newKeySet();
    private final Set<Thread> ranTasks = ConcurrentHashMap.newKeySet();
    private final ThreadFactory factory = task -> {
        Thread thread = new Thread(task, "exercise-01-worker-" + madeByFactory.size());
        madeByFactory.add(thread);
        return thread;
    };

    private List<Callable<Integer>> squares(int count) {
        return IntStream.range(0, count)
                .<Callable<Integer>>mapToObj(i -> () -> {
                    ranTasks.add(Thread.currentThread());
                    return i * i;
                })
                .toList();
    }

    @Test
    void returnsEveryResultInTaskOrder() throws Exception {
        List<Integer> results = Exercise01_PoolInsteadOfThreads.runAll(squares(200), 4, factory);

        assertThat(results).as("runAll(200 tasks, poolSize 4, factory): one result per task, in the order of "
                        + "the tasks (task i returns i * i)")
                .containsExactlyElementsOf(IntStream.range(0, 200).map(i -> i * i).boxed().toList());
    }

    @Test
    void runsTasksOnAtMostPoolSizeThreadsFromTheFactory() throws Exception {
        Exercise01_PoolInsteadOfThreads.runAll(squares(200), 3, factory);

        assertThat(madeByFactory).as("runAll(200 tasks, poolSize 3, factory): threads made by the given "
                + "ThreadFactory (1 to 3; 0 means the pool did not use the factory)").hasSizeBetween(1, 3);
        assertThat(madeByFactory).as("runAll(200 tasks, poolSize 3, factory): every task must run on a thread "
                + "made by the given factory").containsAll(ranTasks);
        // Leaving the pool running would also fail this test: see NoThreadOutlivesItsTest.
    }

    @Test
    void rejectsAPoolOfNoThreads() {
        assertThatThrownBy(() -> Exercise01_PoolInsteadOfThreads.runAll(squares(1), 0, factory),
                "runAll(tasks, poolSize 0, factory): a pool of no threads must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
    }
}
