package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PythonScript;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Python seed's claims about {@code concurrent.futures.ThreadPoolExecutor}, settled by Python
 * itself: {@code src/test/python/pool_claims.py} runs each check and prints what it saw, and each test
 * here judges one claim. Skipped where the machine has no {@code python3}.
 */
class PythonPoolClaimsTest {

    private static final Path SCRIPT = Path.of("src", "test", "python", "pool_claims.py");

    private static Map<String, String> seen;

    @BeforeAll
    static void runTheScriptOnce() throws InterruptedException {
        seen = PythonScript.run(SCRIPT, 60).stream()
                .filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1)));
    }

    @Claim("P4")
    @Test
    void pythonsPoolStartsItsThreadsOnDemandNotInAdvance() {
        assertThat(seen).as("threads started by ThreadPoolExecutor(max_workers=5)")
                .containsEntry("threads_after_constructor", "0")
                .containsEntry("threads_after_first_submit", "1");
    }

    @Claim("P8")
    @Test
    void maxWorkersCapsTheThreadsAndTheRestOfTheTasksWait() {
        assertThat(seen).as("10 blocking tasks on max_workers=5")
                .containsEntry("threads_running_10_blocking_tasks", "5")
                .containsEntry("threads_used_for_10_tasks", "5");
    }

    @Claim({"P5", "P14"})
    @Test
    void pythonsWorkQueueIsUnboundedLikeNewFixedThreadPools() {
        assertThat(seen).as("10,000 tasks behind one blocked worker: all accepted, all waiting")
                .containsEntry("accepted_behind_one_blocked_worker", "10000")
                .containsEntry("pending_behind_one_blocked_worker", "10000");
    }

    @Claim("P8")
    @Test
    void theDefaultMaxWorkersIsCpusPlusFourCappedAt32() {
        assertThat(seen.get("default_max_workers")).as("ThreadPoolExecutor() on Python %s", seen.get("python"))
                .isEqualTo(seen.get("min_32_cpus_plus_4"))
                .isEqualTo(String.valueOf(PythonSideBySide.pythonDefaultMaxWorkers(Integer.parseInt(seen.get("cpus")))));
    }

    @Claim("P12")
    @Test
    void cpuBoundPythonThreadsNeverUseMoreThanOneCoreUnderTheGil() {
        assumeTrue(seen.get("gil_enabled").equals("True"), "an interpreter with a GIL (free-threaded builds differ)");
        assumeTrue(Integer.parseInt(seen.get("cpus")) > 1, "more than one core to run in parallel on");
        // Four CPU-bound threads on a machine with more than one core: in parallel they would burn
        // CPU time faster than wall time passes. Under the GIL they take turns, so CPU time stays at
        // or below wall time (lower still when other processes share the machine).
        assertThat(Double.parseDouble(seen.get("cpu_seconds_per_wall_second")))
                .as("CPU seconds per wall-clock second of 4 CPU-bound Python threads").isLessThan(1.2);
    }
}
