package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threadpools.kit.Claim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What availableProcessors() counts: the logical CPUs this process may run on, and what a container's
 * CPU limit does to it, shown with the flag that overrides the detection (no container can be started
 * on the build machine, so the cgroup quota itself is not exercised).
 */
class AvailableProcessorsTest {

    @Claim("J56")
    @Test
    void activeProcessorCountOfOneMakesTheJvmSeeOneCpuAndShrinksEveryFormula() throws InterruptedException {
        AvailableProcessors.Report report = AvailableProcessors.inChildJvm(List.of("-XX:ActiveProcessorCount=1"));

        assertThat(report.availableProcessors()).isEqualTo(1);
        assertThat(PoolSizing.cpuBound(report.availableProcessors())).isEqualTo(2);
        assertThat(report.commonPoolParallelism()).as("the common pool follows it too").isEqualTo(1);
    }

    @Claim("J56")
    @Test
    void theJvmBelievesTheFlagEvenAboveTheRealCoreCount() throws InterruptedException {
        int claimed = Runtime.getRuntime().availableProcessors() + 5;

        AvailableProcessors.Report report = AvailableProcessors.inChildJvm(
                List.of("-XX:ActiveProcessorCount=" + claimed));

        assertThat(report.availableProcessors()).isEqualTo(claimed);
        // The common pool's default is one less than availableProcessors(). The 1-CPU test above cannot
        // tell whether it followed the flag (on 2 CPUs it is 1 either way); here it can.
        assertThat(report.commonPoolParallelism()).as("the common pool follows the flag: %d - 1", claimed)
                .isEqualTo(claimed - 1);
    }

    @Test
    void aChildWithoutFlagsSeesWhatThisJvmSees() throws InterruptedException {
        assertThat(AvailableProcessors.inChildJvm(List.of()).availableProcessors())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Claim({"J54", "J56"})
    @Test
    void withoutAnOverrideTheJvmCountsTheLogicalCpusThisProcessMayRunOn() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "Linux /proc");
        assumeTrue(cgroupCpuQuota().isEmpty(), "no cgroup CPU quota (it would lower the count)");
        // Cpus_allowed_list names logical CPUs ("0-1", "0,2-5"): hyperthreads count one each.
        String allowed = Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst().orElseThrow();

        assertThat(Runtime.getRuntime().availableProcessors()).as("availableProcessors() with CPUs %s", allowed)
                .isEqualTo(countCpus(allowed));
    }

    /** {@code "0-1"} is 2 CPUs, {@code "0,2-5"} is 5. */
    private static int countCpus(String list) {
        int count = 0;
        for (String range : list.split(",")) {
            String[] ends = range.split("-");
            count += ends.length == 1 ? 1 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1;
        }
        return count;
    }

    /** The cgroup v2 or v1 CPU quota of this process's group, if one is set. */
    private static Optional<String> cgroupCpuQuota() throws IOException {
        Path v2 = Path.of("/sys/fs/cgroup/cpu.max");
        if (Files.isReadable(v2)) {
            String quota = Files.readString(v2).strip().split("\\s+")[0];
            return quota.equals("max") ? Optional.empty() : Optional.of(quota);
        }
        Path v1 = Path.of("/sys/fs/cgroup/cpu/cpu.cfs_quota_us");
        if (Files.isReadable(v1)) {
            String quota = Files.readString(v1).strip();
            return quota.equals("-1") ? Optional.empty() : Optional.of(quota);
        }
        return Optional.empty();
    }

    @Test
    void rejectsNullFlags() {
        assertThatThrownBy(() -> AvailableProcessors.inChildJvm(null)).isInstanceOf(NullPointerException.class);
    }
}
