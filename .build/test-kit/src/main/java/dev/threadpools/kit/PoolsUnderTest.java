package dev.threadpools.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Owns the pools and the gate of one test: after the test, whatever it asserted or threw, it opens
 * the gate (so held tasks can finish), shuts every pool down and waits for it to terminate.
 * Register it with {@code @RegisterExtension final PoolsUnderTest pools = new PoolsUnderTest();}.
 *
 * <p>It runs before the kit's {@code NoThreadOutlivesItsTest} check, because JUnit calls the
 * after-each callbacks of extensions registered later first.
 */
public final class PoolsUnderTest implements AfterEachCallback {

    private final List<ExecutorService> pools = new ArrayList<>();
    private final TaskGate gate = new TaskGate();

    /** Remembers {@code pool} so that it is shut down after the test. */
    public <P extends ExecutorService> P track(P pool) {
        pools.add(pool);
        return pool;
    }

    /** The gate of this test; opened after the test. */
    public TaskGate gate() {
        return gate;
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        gate.open();
        for (ExecutorService pool : pools) {
            pool.shutdown();
        }
        for (ExecutorService pool : pools) {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                throw new AssertionError("pool did not terminate within 10 s after the test: " + pool);
            }
        }
    }
}
