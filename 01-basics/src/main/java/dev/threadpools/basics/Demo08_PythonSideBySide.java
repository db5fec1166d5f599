package dev.threadpools.basics;

import dev.threadpools.kit.DemoArgs;
/**
 * Demo 08: the Python seed's {@code ThreadPoolExecutor(max_workers=5)} example rewritten in Java
 * (see {@link PythonSideBySide} for the two versions next to each other). The output has the same
 * shape as Python's: a "started" and a "completed" line per task, interleaved differently on every
 * run, because five threads print at once.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=08} (optionally {@code -Dargs="TASKS MAX_WORKERS"}).
 */
public final class Demo08_PythonSideBySide {

    private Demo08_PythonSideBySide() {
    }

    public static void main(String[] args) {
        int[] parsed = DemoArgs.positiveInts(args, "Demo08_PythonSideBySide [TASKS > 0] [MAX_WORKERS > 0]", 5, 5);
        int cpus = Runtime.getRuntime().availableProcessors();
        System.out.printf("The seed's example: %d tasks, max_workers=%d.%n(Without max_workers Python would "
                + "use min(32, cpu_count + 4) = %d here; Java has no default.)%n%n",
                parsed[0], parsed[1], PythonSideBySide.pythonDefaultMaxWorkers(cpus));
        PythonSideBySide.runSeedExample(parsed[0], parsed[1], System.out::println);
    }
}
