package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.ObservablePool;
import dev.threadpools.ctl.ObservablePool.Hooks;
import dev.threadpools.ctl.PoolFactory;
import dev.threadpools.ctl.TaskAdditionContractTest;
import dev.threadpools.kit.Exercise;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Grades Exercise 03 with the same task-addition contract that the JDK's pool and ours pass. */
@Exercise(Exercise03_ExecuteSteps.class)
class Exercise03_ExecuteStepsTest extends TaskAdditionContractTest {

    @Override
    protected Stream<PoolFactory> pools() {
        PoolFactory exercise = new PoolFactory() {
            @Override
            public ObservablePool create(int core, int max, long keepAlive, TimeUnit unit,
                    BlockingQueue<Runnable> queue, ThreadFactory threadFactory, Policy policy, Hooks hooks) {
                return new Exercise03_ExecuteSteps(core, max, keepAlive, unit, queue, threadFactory,
                        Policy.scratchHandler(policy));
            }

            /** Names each case of the contract after the pool it runs on, as a learner reads it. */
            @Override
            public String toString() {
                return "your Exercise03_ExecuteSteps";
            }
        };
        return Stream.of(exercise);
    }
}
