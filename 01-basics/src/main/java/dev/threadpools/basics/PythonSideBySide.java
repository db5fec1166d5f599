package dev.threadpools.basics;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The Python seed's {@code concurrent.futures} example, line for line in Java:
 * <pre>
 * def task(num):                                            static void task(int num) {
 *     print(f"Task {num} started")                              print("Task " + num + " started");
 *     print(f"Task {num} completed")                            print("Task " + num + " completed"); }
 * with ThreadPoolExecutor(max_workers=5) as executor:       try (var executor = newFixedThreadPool(5, ...)) {
 *     for i in range(1, 6):                                     for (int i = 1; i &lt;= 5; i++) {
 *         executor.submit(task, i)                                  int num = i; executor.submit(() -&gt; task(num));
 * </pre>
 * Two differences a Python programmer trips over: a Java lambda may only capture an effectively final
 * variable, hence the copy {@code num} (the seed's own Java "BAD" loop, {@code new Thread(() ->
 * process(i))}, does not compile for this reason); and Java has no default pool size, where Python
 * picks {@link #pythonDefaultMaxWorkers}.
 */
public final class PythonSideBySide {

    private PythonSideBySide() {
    }

    /**
     * Runs the seed's example: {@code tasks} tasks numbered from 1 on a pool of {@code maxWorkers}
     * threads named like Python's ({@code ThreadPoolExecutor-0_0}, ...). Returns once every task has
     * printed both lines and the pool has terminated, as leaving Python's {@code with} block does.
     *
     * @param print where each line goes; called from the pool's threads, so it must be thread-safe
     * @throws IllegalArgumentException if {@code tasks < 0} or {@code maxWorkers < 1} (Python raises
     *                                  ValueError for {@code max_workers <= 0})
     */
    public static void runSeedExample(int tasks, int maxWorkers, Consumer<String> print) {
        if (tasks < 0) {
            throw new IllegalArgumentException("tasks must not be negative, was " + tasks);
        }
        Objects.requireNonNull(print, "print");
        // newFixedThreadPool rejects maxWorkers < 1 with IllegalArgumentException.
        try (ExecutorService executor = Executors.newFixedThreadPool(maxWorkers,
                new NamedThreadFactory("ThreadPoolExecutor-0"))) {
            for (int i = 1; i <= tasks; i++) {
                int num = i; // a lambda captures values, not the loop variable
                executor.submit(() -> task(num, print));
            }
        }
    }

    private static void task(int num, Consumer<String> print) {
        print.accept("Task " + num + " started");
        // Perform the task here
        print.accept("Task " + num + " completed");
    }

    /**
     * Python's default {@code max_workers} since 3.8: {@code min(32, os.cpu_count() + 4)}, "at least 5
     * workers for I/O-bound tasks, at most 32 CPU cores' worth". (3.13 uses
     * {@code os.process_cpu_count()}, which honours CPU affinity, instead of {@code os.cpu_count()}.)
     *
     * @throws IllegalArgumentException if {@code cpus < 1}
     */
    public static int pythonDefaultMaxWorkers(int cpus) {
        if (cpus < 1) {
            throw new IllegalArgumentException("cpus must be positive, was " + cpus);
        }
        return Math.min(32, cpus + 4);
    }
}
