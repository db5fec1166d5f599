package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ExecutorCompletionService hands results over in completion order (Demo06): Python's as_completed. */
class CompletionServiceTest {

    @Test
    void takeYieldsResultsInTheOrderTheTasksFinished() throws Exception {
        // Task i may finish only once the caller has taken task i+1's result: the finishing order is
        // forced to 2, 1, 0, the reverse of submission. (Opening the next latch from inside a task
        // would race: the task's Future is completed only after its body has returned.)
        int tasks = 3;
        List<CountDownLatch> mayFinish = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            mayFinish.add(new CountDownLatch(i == tasks - 1 ? 0 : 1));
        }
        List<Integer> taken = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(tasks, new NamedThreadFactory("worker"));
        try {
            CompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < tasks; i++) {
                int index = i;
                completion.submit(() -> {
                    mayFinish.get(index).await();
                    return index;
                });
            }
            for (int i = 0; i < tasks; i++) {
                // poll with a timeout, not take(): handing results over in submission order would
                // deadlock here (task 0 waits for the caller), and that must fail, not hang.
                Future<Integer> next = completion.poll(5, TimeUnit.SECONDS);
                assertThat(next).as("result number %d within 5 s", i + 1).isNotNull();
                int index = next.get();
                taken.add(index);
                if (index > 0) {
                    mayFinish.get(index - 1).countDown();
                }
            }
        } finally {
            mayFinish.forEach(CountDownLatch::countDown); // on failure, so that close() does not wait forever
            pool.close();
        }

        assertThat(taken).as("results in the order the tasks finished").containsExactly(2, 1, 0);
    }
}
