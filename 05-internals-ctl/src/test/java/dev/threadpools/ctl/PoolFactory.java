package dev.threadpools.ctl;

import dev.threadpools.ctl.Pools.Hooks;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** Makes one kind of pool with the JDK's full constructor, the standard policy named, and {@link Hooks}. */
@FunctionalInterface
public interface PoolFactory {

    /** {@code policy} null means a null handler, to test the constructor's null check. */
    ObservablePool create(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, Policy policy, Hooks hooks);

    /** The four standard rejection policies, which each pool implements with its own classes. */
    enum Policy {
        ABORT, CALLER_RUNS, DISCARD, DISCARD_OLDEST
    }
}
