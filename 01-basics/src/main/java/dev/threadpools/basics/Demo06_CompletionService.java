package dev.threadpools.basics;

import dev.threadpools.kit.DemoArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Demo 06: results in the order they are ready. Three "downloads" take 300, 100 and 200 ms (a sleep
 * standing in for I/O: here the sleep <em>is</em> the workload).
 *
 * <p>Reading the Futures in submission order, as {@code invokeAll} hands them back, makes the caller
 * wait for the slowest first task before it sees anything. An {@link ExecutorCompletionService} puts
 * each Future on a queue when its task finishes, so {@code take()} yields the fastest first: this is
 * Python's {@code as_completed}.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 01-basics -Ddemo=06}.
 */
public final class Demo06_CompletionService {

    private Demo06_CompletionService() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        DemoArgs.none(args, "Demo06_CompletionService (no arguments)");
        List<Integer> millis = List.of(300, 100, 200);
        try (ExecutorService pool = Executors.newFixedThreadPool(millis.size(), new NamedThreadFactory("worker"))) {
            long start = System.nanoTime();
            List<Seen> seen = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(millis.stream().map(Demo06_CompletionService::download).toList())) {
                seen.add(new Seen(future.get(), System.nanoTime() - start));
            }
            print("invokeAll, read in submission order:", seen);

            start = System.nanoTime();
            seen.clear();
            CompletionService<String> completion = new ExecutorCompletionService<>(pool);
            millis.forEach(ms -> completion.submit(download(ms)));
            for (int i = 0; i < millis.size(); i++) {
                seen.add(new Seen(completion.take().get(), System.nanoTime() - start));
            }
            print("ExecutorCompletionService, read in completion order:", seen);
        }
    }

    /** A task that takes {@code millis} ms, sleeping as a stand-in for a download. */
    private static Callable<String> download(int millis) {
        return () -> {
            Thread.sleep(millis); // the workload itself, not a wait for something to happen
            return "download of " + millis + " ms";
        };
    }

    /**
     * A result and when the caller got it. Printing waits until all are in: the first printf of a JVM
     * loads the formatter, which would otherwise add its own delay to the next result's time.
     */
    private record Seen(String result, long afterNanos) {
    }

    private static void print(String header, List<Seen> seen) {
        System.out.println(header);
        seen.forEach(s -> System.out.printf("  %-22s seen by the caller at %4d ms%n", s.result(), s.afterNanos() / 1_000_000));
    }
}
