package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Python seed's example in Java (Demo08): same lines, same guarantees, same pool-size rules. */
class PythonSideBySideTest {

    @Test
    void everyTaskPrintsStartedThenCompletedAndAllAreDoneWhenTheBlockEnds() {
        List<String> lines = new CopyOnWriteArrayList<>();

        PythonSideBySide.runSeedExample(5, 5, lines::add);

        assertThat(lines).hasSize(10);
        IntStream.rangeClosed(1, 5).forEach(num -> assertThat(lines.indexOf("Task " + num + " started"))
                .as("task %d printed 'started' before 'completed'", num)
                .isNotNegative()
                .isLessThan(lines.indexOf("Task " + num + " completed")));
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
