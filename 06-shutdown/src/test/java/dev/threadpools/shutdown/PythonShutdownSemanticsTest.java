package dev.threadpools.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PythonScript;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Python seed's side of the comparison in the README, checked by running
 * {@code src/test/python/shutdown_semantics.py} with the machine's {@code python3}. Skipped (not
 * failed) where there is no {@code python3}: it is the reference, not the lesson.
 */
class PythonShutdownSemanticsTest {

    private static final Path SCRIPT = Path.of("src", "test", "python", "shutdown_semantics.py");

    @Claim({"P7", "P9"})
    @Test
    void pythonsShutdownCancelsPendingFuturesButNeverInterruptsARunningTask() throws InterruptedException {
        assertThat(PythonScript.run(SCRIPT, 30)).containsExactly(
                "wait_false_returned_while_running=True",   // shutdown(wait=False) ~ shutdown()
                "submit_after_shutdown=RuntimeError",       // ~ RejectedExecutionException
                "wait_false_queued_result=queued ran",      // the queue still drains
                "cancel_futures_queued_cancelled=True",     // pending futures are cancelled...
                "cancel_futures_running_result=finished",   // ...the running task runs to its end
                "with_block_ran=5");                        // with = shutdown(wait=True) ~ close()
    }
}
