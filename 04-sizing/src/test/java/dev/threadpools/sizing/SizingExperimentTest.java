package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.threadpools.sizing.SizingExperiment.Candidate;
import dev.threadpools.sizing.SizingExperiment.Measurement;
import dev.threadpools.sizing.SizingExperiment.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The harness itself: what it runs, how often, on which threads, and how it picks the knee. */
class SizingExperimentTest {

    private static final Settings TINY = new Settings(Duration.ZERO, Duration.ofMillis(20), 1, 2, 2);

    private final AtomicInteger threadsCreated = new AtomicInteger();
    private final ThreadFactory countingFactory = task -> {
        threadsCreated.incrementAndGet();
        return Executors.defaultThreadFactory().newThread(task);
    };
    private final SizingExperiment experiment = new SizingExperiment(
            Workload.ioBound(Duration.ofNanos(10_000), 20), new CpuBurner(1.0), TINY, countingFactory);

    @Test
    void sweepMeasuresEverySizeInOrderWithOneThroughputPerMeasuredRun() {
        List<Measurement> sweep = experiment.sweep(1, 3, 5);

        assertThat(sweep).extracting(m -> m.candidate().threads()).containsExactly(1, 3, 5);
        assertThat(sweep).allSatisfy(m -> {
            assertThat(m.throughputs()).hasSize(TINY.measuredRuns()).allMatch(t -> t >= 0);
            assertThat(m.candidate().inFlight()).isEqualTo(m.candidate().threads() * TINY.inFlightPerThread());
        });
        // How many tasks finish in a 20 ms window is timing, and on a busy machine it can be none:
        // the demos and the README's figures show the numbers; this test checks the bookkeeping.
    }

    @Test
    void everyRunKeepsItsChainsGoingAndCountsExactlyTheTasksThatFinishedInTheWindow() {
        // Without a ramp-up every link that ends before the deadline is counted and submits its
        // successor, and each of the inFlight chains ends with exactly one link that is not counted.
        // So the links the pool executed are, run by run, the finished tasks plus inFlight: an
        // uncounted task, a task counted twice or after the window, or a chain too many or too few
        // breaks the equation. The pool's own afterExecute counts the links.
        Settings oneMeasuredRun = new Settings(Duration.ZERO, Duration.ofMillis(20), 0, 1, 1);
        var measuring = new SizingExperiment(
                Workload.ioBound(Duration.ofNanos(10_000), 20), new CpuBurner(1.0), oneMeasuredRun, countingFactory);
        int inFlight = 4;
        var linksRun = new AtomicLong();
        var countedPool = new Candidate("counted pool 2", 2, inFlight,
                () -> new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                        countingFactory) {
                    @Override
                    protected void afterExecute(Runnable r, Throwable t) {
                        super.afterExecute(r, t);
                        linksRun.incrementAndGet();
                    }
                });

        // How many tasks finish in a 20 ms window is timing; on a busy machine a run can count none,
        // which satisfies the equation without proving anything. So measure until one run counted tasks.
        long finishedInAllRuns = 0;
        for (int attempt = 1; attempt <= 50 && finishedInAllRuns == 0; attempt++) {
            linksRun.set(0);
            Measurement m = measuring.compare(List.of(countedPool)).get(0);
            long finished = Math.round(m.throughputs().get(0) * oneMeasuredRun.window().toNanos() / 1e9);

            assertThat(linksRun.get()).as("links executed in attempt %d = finished tasks (%d) + one last, uncounted "
                    + "link per chain (%d)", attempt, finished, inFlight).isEqualTo(finished + inFlight);
            assertThat(m.runTime().count()).as("one run time per finished task").isEqualTo(finished);
            finishedInAllRuns += finished;
        }
        assertThat(finishedInAllRuns).as("some run in 50 counted a finished task").isPositive();
    }

    @Test
    void everyRunGetsAFreshPoolOfExactlyItsSize() {
        experiment.sweep(2, 4);

        int runsPerCandidate = TINY.warmupRuns() + TINY.measuredRuns();
        // Pools are prestarted and fixed: no thread dies and is replaced, none is added.
        assertThat(threadsCreated).hasValue(runsPerCandidate * (2 + 4));
        // ...and NoThreadOutlivesItsTest fails this test if any of them is still alive after it.
    }

    @Test
    void virtualCandidateRunsEachTaskOnItsOwnVirtualThread() throws Exception {
        Set<Thread> runners = ConcurrentHashMap.newKeySet();
        try (var executor = Candidate.virtualThreads(5).executor().get()) {
            for (int i = 0; i < 10; i++) {
                executor.execute(() -> runners.add(Thread.currentThread()));
            }
        }
        assertThat(runners).hasSize(10).allMatch(Thread::isVirtual);
        assertThat(experiment.compare(List.of(Candidate.virtualThreads(8))).get(0).throughputs())
                .hasSize(TINY.measuredRuns());
    }

    @Test
    void kneeIsTheSmallestPoolWithinToleranceOfTheBestMedian() {
        List<Measurement> sweep = List.of(
                fake(1, 100), fake(2, 190), fake(4, 196), fake(8, 205), fake(16, 199));

        assertThat(SizingExperiment.knee(sweep, 0.05).candidate().threads()).as("196 >= 0.95 * 205").isEqualTo(4);
        assertThat(SizingExperiment.knee(sweep, 0.0).candidate().threads()).isEqualTo(8);
        assertThatThrownBy(() -> SizingExperiment.knee(List.of(), 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SizingExperiment.knee(sweep, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meanTimeInSystemIsInFlightOverThroughput() {
        Measurement m = new Measurement(new Candidate("x", 4, 100, Executors::newVirtualThreadPerTaskExecutor),
                List.of(1000.0, 2000.0, 3000.0), Percentiles.of(List.of(1)));

        assertThat(m.medianThroughput()).isEqualTo(2000.0);
        assertThat(m.meanTimeInSystem().orElseThrow().toNanos() / 1e6).as("100 / 2000 per s = 50 ms")
                .isCloseTo(50.0, within(1e-6));
    }

    @Test
    void meanTimeInSystemIsUndefinedWhenNothingFinished() {
        Measurement m = new Measurement(new Candidate("x", 4, 100, Executors::newVirtualThreadPerTaskExecutor),
                List.of(0.0, 0.0, 10.0), Percentiles.of(List.of()));

        assertThat(m.meanTimeInSystem()).isEmpty();
    }

    @Test
    void rejectsSettingsAndCandidatesThatCannotMeasure() {
        assertThatThrownBy(() -> new Settings(Duration.ZERO, Duration.ZERO, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(Duration.ofMillis(-1), Duration.ofMillis(1), 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(Duration.ZERO, Duration.ofMillis(1), 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(null, Duration.ofMillis(1), 0, 1, 1))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Candidate.fixedPool(0, 1, countingFactory)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Candidate.fixedPool(1, 0, countingFactory)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Candidate.fixedPool(1, 1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> experiment.sweep()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> experiment.compare(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SizingExperiment(null, new CpuBurner(1), TINY, countingFactory))
                .isInstanceOf(NullPointerException.class);
        assertThat(threadsCreated).as("nothing ran").hasValue(0);
    }

    private static Measurement fake(int threads, double throughput) {
        return new Measurement(new Candidate("pool " + threads, threads, threads, () -> {
            throw new AssertionError("not run");
        }), IntStream.range(0, 3).mapToObj(i -> throughput).toList(), Percentiles.of(List.of(1)));
    }
}
