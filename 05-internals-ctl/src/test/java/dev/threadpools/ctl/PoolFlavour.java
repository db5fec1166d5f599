package dev.threadpools.ctl;

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
            return new JdkObservablePool(core, max, keepAlive, unit, queue, threadFactory, handler) {
                @Override
                protected void beforeExecute(Thread thread, Runnable task) {
                    hooks.beforeExecute(thread, task);
                }

                @Override
                protected void afterExecute(Runnable task, Throwable failure) {
                    hooks.afterExecute(task, failure);
                }

                @Override
                protected void terminated() {
                    hooks.terminated();
                }
            };
        }
    },

    SCRATCH {
        @Override
        public ObservablePool create(int core, int max, long keepAlive, TimeUnit unit, BlockingQueue<Runnable> queue,
                ThreadFactory threadFactory, Policy policy, Hooks hooks) {
            return new ScratchThreadPoolExecutor(core, max, keepAlive, unit, queue, threadFactory,
                    scratchHandler(policy)) {
                @Override
                protected void beforeExecute(Thread thread, Runnable task) {
                    hooks.beforeExecute(thread, task);
                }

                @Override
                protected void afterExecute(Runnable task, Throwable failure) {
                    hooks.afterExecute(task, failure);
                }

                @Override
                protected void terminated() {
                    hooks.terminated();
                }
            };
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
