package dev.threadpools.anatomy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_SafeNamingFactory.class)
class Exercise02_SafeNamingFactoryTest {

    private static final Thread.UncaughtExceptionHandler IGNORE = (thread, failure) -> { };

    @Test
    void namesThreadsPrefixDashNumberFromOneInCreationOrder() {
        var factory = new Exercise02_SafeNamingFactory("billing", false, IGNORE);

        List<String> names = List.of(factory.newThread(() -> { }).getName(), factory.newThread(() -> { }).getName(),
                factory.newThread(() -> { }).getName());

        assertThat(names).as("names of the first three threads").containsExactly("billing-1", "billing-2", "billing-3");
    }

    @Test
    void namesStayUniqueWhenManyThreadsCreateThreadsAtOnce() throws Exception {
        var factory = new Exercise02_SafeNamingFactory("race", true, IGNORE);
        int callers = 8;
        int perCaller = 2_000;
        Set<String> names = ConcurrentHashMap.newKeySet();
        CyclicBarrier start = new CyclicBarrier(callers);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            Thread caller = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < perCaller; i++) {
                    names.add(factory.newThread(() -> { }).getName());   // made, never started
                }
            });
            caller.start();
            threads.add(caller);
        }
        for (Thread caller : threads) {
            caller.join();
        }

        assertThat(names).as("distinct names for " + callers * perCaller + " threads").hasSize(callers * perCaller);
        assertThat(names).as("numbered without gaps").contains("race-1", "race-" + callers * perCaller);
    }

    @Test
    void appliesTheDaemonFlagAndTheUncaughtExceptionHandler() {
        Thread daemon = new Exercise02_SafeNamingFactory("d", true, IGNORE).newThread(() -> { });
        Thread user = new Exercise02_SafeNamingFactory("u", false, IGNORE).newThread(() -> { });

        assertThat(daemon.isDaemon()).as("daemon flag of a daemon=true factory's thread").isTrue();
        assertThat(user.isDaemon()).as("daemon flag of a daemon=false factory's thread").isFalse();
        assertThat(daemon.getUncaughtExceptionHandler()).as("the handler given to the factory").isSameAs(IGNORE);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new Exercise02_SafeNamingFactory(null, true, IGNORE))
                .as("null prefix").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Exercise02_SafeNamingFactory("p", true, null))
                .as("null handler").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Exercise02_SafeNamingFactory("  ", true, IGNORE))
                .as("blank prefix").isInstanceOf(IllegalArgumentException.class);
    }
}
