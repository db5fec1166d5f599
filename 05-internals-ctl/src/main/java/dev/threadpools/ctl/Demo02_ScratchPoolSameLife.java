package dev.threadpools.ctl;

/**
 * Demo 02: the same life as demo 01, lived by {@link ScratchThreadPoolExecutor}, the pool this module
 * writes from scratch on the {@link CtlWord} model.
 *
 * <p>What to look for: the table is the same as demo 01's, line by line, state bits and counts.
 * That is the point of building the pool on the same ctl design; {@code CtlWalkthroughTest} checks
 * it on every build, and {@code PoolContractTest} checks the rest of the JDK's contract.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 05-internals-ctl -Ddemo=02} (optionally
 * {@code -Dargs=KEEP_ALIVE_MILLIS}).
 */
public final class Demo02_ScratchPoolSameLife {

    private Demo02_ScratchPoolSameLife() {
    }

    public static void main(String[] args) throws InterruptedException {
        CtlWalkthrough.demoMain("Demo02_ScratchPoolSameLife", "ScratchThreadPoolExecutor",
                CtlWalkthrough.SCRATCH_POOL, args);
    }
}
