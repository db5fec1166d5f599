package dev.threadpools.anatomy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_SafeNamingFactory.class)
class Exercise02_SafeNamingFactoryTest {

    private static final Thread.UncaughtExceptionHandler IGNORE = (thread, failure) -> { };
    /** Making 16,000 unstarted threads takes milliseconds; a caller still busy after this is stuck. */
    private static final Duration JOIN_BOUND = Duration.ofSeconds(3);

    @Test
    void namesThreadsPrefixDashNumberFromOneInCreationOrder() {
        var factory = new Exercise02_SafeNamingFactory("billing", false, IGNORE);

        List<String> names = List.of(factory.newThread(() -> { }).getName(), factory.newThread(() -> { }).getName(),
                factory.newThread(() -> { }).getName());

        assertThat(names).as("new Exercise02_SafeNamingFactory(\"billing\", ...): names of its first three threads, "
                + "in creation order").containsExactly("billing-1", "billing-2", "billing-3");
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
            caller.join(JOIN_BOUND.toMillis());
            assertThat(caller.isAlive()).as("%d threads each calling newThread %d times: a caller had not "
                    + "finished after %d ms (does newThread block?)", callers, perCaller, JOIN_BOUND.toMillis())
                    .isFalse();
        }

        int made = callers * perCaller;
        assertThat(names.size()).as("%d threads each calling newThread %d times at once: distinct names "
                + "(a name made twice means two callers read the same number)", callers, perCaller)
                .isEqualTo(made);
        List<String> missing = IntStream.rangeClosed(1, made).mapToObj(n -> "race-" + n)
                .filter(name -> !names.contains(name)).limit(5).toList();
        assertThat(missing).as("%d threads each calling newThread %d times at once: the first names missing "
                + "from race-1 to race-%d", callers, perCaller, made).isEmpty();
    }

    @Test
    void appliesTheDaemonFlagAndTheUncaughtExceptionHandler() {
        Thread daemon = new Exercise02_SafeNamingFactory("d", true, IGNORE).newThread(() -> { });
        Thread user = new Exercise02_SafeNamingFactory("u", false, IGNORE).newThread(() -> { });

        assertThat(daemon.isDaemon()).as("new Exercise02_SafeNamingFactory(\"d\", true, handler): its threads "
                + "must be daemon threads").isTrue();
        assertThat(user.isDaemon()).as("new Exercise02_SafeNamingFactory(\"u\", false, handler): its threads "
                + "must not be daemon threads").isFalse();
        assertThat(daemon.getUncaughtExceptionHandler()).as("new Exercise02_SafeNamingFactory(\"d\", true, "
                + "handler): its threads' uncaught exception handler must be that handler").isSameAs(IGNORE);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new Exercise02_SafeNamingFactory(null, true, IGNORE),
                "new Exercise02_SafeNamingFactory(null, true, handler): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Exercise02_SafeNamingFactory("p", true, null),
                "new Exercise02_SafeNamingFactory(\"p\", true, null): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Exercise02_SafeNamingFactory("  ", true, IGNORE),
                "new Exercise02_SafeNamingFactory(\"  \", true, handler): a blank prefix must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
    }
}
