package dev.threadpools.ctl;

import dev.threadpools.ctl.ObservablePool.Hooks;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Makes one kind of pool with the JDK's full constructor, the standard policy named, and {@link Hooks}. */
@FunctionalInterface
public interface PoolFactory {

    /** {@code policy} null means a null handler, to test the constructor's null check. */
    ObservablePool create(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
            ThreadFactory threadFactory, Policy policy, Hooks hooks);

    /** The four standard rejection policies, each with the JDK's class and the scratch pool's. */
    enum Policy {
        ABORT(ThreadPoolExecutor.AbortPolicy::new, ScratchThreadPoolExecutor.AbortPolicy::new),
        CALLER_RUNS(ThreadPoolExecutor.CallerRunsPolicy::new, ScratchThreadPoolExecutor.CallerRunsPolicy::new),
        DISCARD(ThreadPoolExecutor.DiscardPolicy::new, ScratchThreadPoolExecutor.DiscardPolicy::new),
        DISCARD_OLDEST(ThreadPoolExecutor.DiscardOldestPolicy::new, ScratchThreadPoolExecutor.DiscardOldestPolicy::new);

        private final Supplier<RejectedExecutionHandler> jdk;
        private final Supplier<ScratchThreadPoolExecutor.RejectionHandler> scratch;

        Policy(Supplier<RejectedExecutionHandler> jdk, Supplier<ScratchThreadPoolExecutor.RejectionHandler> scratch) {
            this.jdk = jdk;
            this.scratch = scratch;
        }

        /** The JDK pool's handler for {@code policy}; null for null. */
        static RejectedExecutionHandler jdkHandler(Policy policy) {
            return policy == null ? null : policy.jdk.get();
        }

        /** The scratch pool's handler for {@code policy} (also the exercise pool's, which extends it); null for null. */
        public static ScratchThreadPoolExecutor.RejectionHandler scratchHandler(Policy policy) {
            return policy == null ? null : policy.scratch.get();
        }
    }
}
