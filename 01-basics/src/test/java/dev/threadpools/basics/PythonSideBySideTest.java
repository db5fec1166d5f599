package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Python seed's example in Java (Demo08): same lines, same guarantees, same pool-size rules. */
class PythonSideBySideTest {

    @Claim("P9")
    @Test
    void everyTaskPrintsStartedThenCompletedAndAllAreDoneWhenTheBlockEnds() {
        List<String> lines = new CopyOnWriteArrayList<>();
        // A slow console (the workload, simulated I/O): each task takes at least 40 ms, so a version
        // that returned without waiting for the tasks would find lines missing.
        Consumer<String> slowPrint = line -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException("nobody interrupts the printing tasks", e);
            }
            lines.add(line);
        };

        PythonSideBySide.runSeedExample(5, 5, slowPrint);

        assertThat(lines).as("lines printed by the time runSeedExample returned").hasSize(10);
        IntStream.rangeClosed(1, 5).forEach(num -> assertThat(lines.indexOf("Task " + num + " started"))
                .as("task %d printed 'started' before 'completed'", num)
                .isNotNegative()
                .isLessThan(lines.indexOf("Task " + num + " completed")));
    }

    @Test
    void theTasksRunOnMaxWorkersThreadsNamedLikePythons() {
        Set<String> threads = ConcurrentHashMap.newKeySet();

        PythonSideBySide.runSeedExample(10, 2, line -> threads.add(Thread.currentThread().getName()));

        // Exactly two: a fixed pool starts one thread for each of its first two tasks.
        assertThat(threads).as("threads that ran 10 tasks with max_workers=2")
                .containsExactlyInAnyOrder("ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1");
    }

    @Test
    void noTasksIsAnEmptyRangeNotAnError() {
        List<String> lines = new CopyOnWriteArrayList<>();

        PythonSideBySide.runSeedExample(0, 5, lines::add);

        assertThat(lines).as("range(1, 1) submits nothing").isEmpty();
    }

    @Test
    void pythonsDefaultMaxWorkersIsCpuCountPlusFourCappedAt32() {
        assertThat(PythonSideBySide.pythonDefaultMaxWorkers(1)).isEqualTo(5);
        assertThat(PythonSideBySide.pythonDefaultMaxWorkers(2)).isEqualTo(6);
        assertThat(PythonSideBySide.pythonDefaultMaxWorkers(28)).isEqualTo(32);
        assertThat(PythonSideBySide.pythonDefaultMaxWorkers(64)).isEqualTo(32);
    }

    @Test
    void rejectsWhatPythonRejects() {
        assertThatThrownBy(() -> PythonSideBySide.runSeedExample(5, 0, line -> { }))
                .as("max_workers=0 is a ValueError in Python").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PythonSideBySide.runSeedExample(-1, 5, line -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PythonSideBySide.runSeedExample(5, 5, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PythonSideBySide.pythonDefaultMaxWorkers(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
