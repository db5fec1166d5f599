package dev.threadpools.rejection;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo 06: a producer faster than the pool, with every policy side by side in one run: what each
 * one buys and what it costs.
 *
 * <p>One producer thread submits {@code TASKS} tasks as fast as it can to a pool of {@code WORKERS}
 * threads; each task is {@code TASK_MICROS} of simulated blocking I/O, so the pool can run about
 * {@code WORKERS / TASK_MICROS} tasks per microsecond, and the producer could offer hundreds of
 * times more. The first row has an unbounded queue (what {@code Executors.newFixedThreadPool} gives
 * you); the others a queue of {@code QUEUE}, with each built-in policy and each custom policy of this
 * module. Every row runs the same lineup on a fresh pool (see {@link BackPressureRun}).
 *
 * <p>What to look for:
 * <ul>
 *   <li>the books: submitted = accepted + rejected, accepted = ran + dropped, on every row;</li>
 *   <li>producer throughput: the policies that slow the producer (CallerRuns, BlockingWithTimeout)
 *       bring it down to the pool's pace; the others let it run free and refuse or drop instead;</li>
 *   <li>latency and peak queue: the unbounded queue accepts everything and pays with a queue as long
 *       as the burst and a latency that grows with it.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q compile -pl 03-rejection-policies -Ddemo=06}, or with
 * {@code -Dargs="TASKS TASK_MICROS WORKERS QUEUE"} (defaults 2000 200 2 50).
 */
public final class Demo06_BackPressureTable {

    private Demo06_BackPressureTable() {
    }

    public static void main(String[] args) {
        DemoArgs in = DemoArgs.of(args,
                "Demo06_BackPressureTable [TASKS > 0] [TASK_MICROS >= 0] [WORKERS > 0] [QUEUE > 0]");
        int tasks = in.positiveInt(2000);
        int taskMicros = in.intWhere(micros -> micros >= 0, 200);
        int workers = in.positiveInt(2);
        int queue = in.positiveInt(50);
        in.end();
        Duration taskDuration = Duration.ofNanos(taskMicros * 1_000L);

        List<BackPressureRun.Contender> lineup = BackPressureRun.lineup(workers, queue);
        // Warm-up: load and compile every path once, so that the first row does not pay for it.
        lineup.forEach(contender -> contender.run(Math.min(tasks, 200), taskDuration));
        List<BackPressureRun.Result> results = new ArrayList<>();
        lineup.forEach(contender -> results.add(contender.run(tasks, taskDuration)));

        System.out.printf("%d tasks of %d us simulated I/O, %d workers, bounded queue %d%n(%s)%n%n",
                tasks, taskMicros, workers, queue, Machine.describe());
        System.out.printf("%-19s %8s %5s %8s %8s %7s %10s %6s %7s %7s %5s%n", "policy", "accepted", "ran",
                "producer", "rejected", "dropped", "producer/s", "x free", "p50 ms", "p99 ms", "peakQ");
        double fastest = results.stream().mapToDouble(BackPressureRun.Result::producerTasksPerSecond).max().orElse(1);
        for (BackPressureRun.Result r : results) {
            System.out.printf("%-19s %8d %5d %8d %8d %7d %10.0f %6.2f %7.2f %7.2f %5d%s%n", r.policy(), r.accepted(),
                    r.ran(), r.ranByProducer(), r.rejected(), r.dropped(), r.producerTasksPerSecond(),
                    r.producerTasksPerSecond() / fastest, millis(r.latencyP50()), millis(r.latencyP99()),
                    r.peakQueue(), r.booksBalance() ? "" : "%n  (the row above: BOOKS DO NOT BALANCE)".formatted());
        }
        System.out.println();
        System.out.println("producer = tasks run on the producer thread; x free = producer rate / fastest row;");
        System.out.println("latency = execute() to task start, of the tasks that ran; peakQ = longest queue seen.");
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
