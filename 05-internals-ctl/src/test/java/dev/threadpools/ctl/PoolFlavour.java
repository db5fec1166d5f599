package dev.threadpools.ctl;

import dev.threadpools.ctl.Pools.Hooks;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The two pools every contract case runs against. */
public enum PoolFlavour implements PoolFactory {

    JDK {
        @Override
        public ObservablePool create(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
                ThreadFactory threadFactory, Policy policy, Hooks hooks) {
            RejectedExecutionHandler handler = policy == null ? null : switch (policy) {
                case ABORT -> new ThreadPoolExecutor.AbortPolicy();
                case CALLER_RUNS -> new ThreadPoolExecutor.CallerRunsPolicy();
                case DISCARD -> new ThreadPoolExecutor.DiscardPolicy();
                case DISCARD_OLDEST -> new ThreadPoolExecutor.DiscardOldestPolicy();
            };
            return Pools.jdk(core, max, keepAlive, unit, queue, threadFactory, handler, hooks);
        }
    },

    SCRATCH {
        @Override
        public ObservablePool create(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
                ThreadFactory threadFactory, Policy policy, Hooks hooks) {
            return Pools.scratch(core, max, keepAlive, unit, queue, threadFactory, scratchHandler(policy), hooks);
        }
    };

    /** The scratch pool's handler for a policy; also used by the exercise pool, which extends it. */
    public static ScratchThreadPoolExecutor.RejectionHandler scratchHandler(Policy policy) {
        return policy == null ? null : switch (policy) {
            case ABORT -> new ScratchThreadPoolExecutor.AbortPolicy();
            case CALLER_RUNS -> new ScratchThreadPoolExecutor.CallerRunsPolicy();
            case DISCARD -> new ScratchThreadPoolExecutor.DiscardPolicy();
            case DISCARD_OLDEST -> new ScratchThreadPoolExecutor.DiscardOldestPolicy();
        };
    }
}
