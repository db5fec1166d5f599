package dev.threadpools.anatomy;

import dev.threadpools.kit.Machine;
import dev.threadpools.kit.DemoArgs;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Demo 05: what the {@code Executors} factory methods build, read from real instances rather than
 * from documentation.
 *
 * <p>Look for: {@code newFixedThreadPool(n)} and {@code newSingleThreadExecutor()} use an unbounded
 * queue (so their maximum never matters); {@code newCachedThreadPool()} has no queue capacity and no
 * thread limit; {@code newScheduledThreadPool(n)} reports a maximum of {@code MAX_VALUE} that it never
 * uses (its delay queue is unbounded). The single-thread executors are wrapped, so they are not a
 * {@code ThreadPoolExecutor} from the outside and cannot be resized.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=05}
 */
public final class Demo05_ExecutorsFactories {

    private Demo05_ExecutorsFactories() {
    }

    public static void main(String[] args) {
        DemoArgs.none(args, "Demo05_ExecutorsFactories (takes no arguments)");
        System.out.printf("%s%n%n", Machine.describe());
        // The two single-thread factories are longer than the column: their rows say only what wraps them.
        System.out.printf("%-26s %4s %9s %9s %-20s %9s %s%n",
                "factory", "core", "max", "keepAlive", "queue", "capacity", "handler");
        show("newFixedThreadPool(4)", Executors.newFixedThreadPool(4));
        show("newCachedThreadPool()", Executors.newCachedThreadPool());
        show("newScheduledThreadPool(2)", Executors.newScheduledThreadPool(2));
        show("newSingleThreadExecutor()", Executors.newSingleThreadExecutor());
        show("newSingleThreadScheduledExecutor()", Executors.newSingleThreadScheduledExecutor());
        System.out.println("(a wrapper is not a ThreadPoolExecutor: it has no getters to read)");
        System.out.printf("%nnewSingleThreadExecutor() is documented as the equivalent of%n"
                + "  new ThreadPoolExecutor(1, 1, 0L, MILLISECONDS, new LinkedBlockingQueue<>())%n"
                + "behind a wrapper that hides the setters: 'unlike newFixedThreadPool(1) it is guaranteed%n"
                + "not to be reconfigurable to use additional threads'.%n");
    }

    private static void show(String factory, ExecutorService executor) {
        try (executor) {
            String row = executor instanceof ThreadPoolExecutor pool
                    ? PoolParameters.of(pool).row()
                    : "(wrapped in " + executor.getClass().getSimpleName() + ")";
            System.out.printf("%-26s %s%n", factory, row);
        }
    }
}
