package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.PoolFactory;
import dev.threadpools.ctl.PoolFlavour;
import dev.threadpools.ctl.TaskAdditionContractTest;
import dev.threadpools.kit.Exercise;
import java.util.stream.Stream;

/** Grades Exercise 03 with the same task-addition contract that the JDK's pool and ours pass. */
@Exercise(Exercise03_ExecuteSteps.class)
class Exercise03_ExecuteStepsTest extends TaskAdditionContractTest {

    @Override
    protected Stream<PoolFactory> pools() {
        PoolFactory exercise = (core, max, keepAlive, unit, queue, threadFactory, policy, hooks) ->
                new Exercise03_ExecuteSteps(core, max, keepAlive, unit, queue, threadFactory,
                        PoolFlavour.scratchHandler(policy));
        return Stream.of(exercise);
    }
}
