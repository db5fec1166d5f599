package dev.threadpools.basics.exercises;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.function.Consumer;

/** Reference solution of exercise 04; the task is described in the learner's copy. */
public final class Exercise04_AsCompleted {

    private Exercise04_AsCompleted() {
    }

    public static <T> int forEachAsCompleted(Executor executor, List<? extends Callable<T>> tasks,
                                             Consumer<? super T> action) throws InterruptedException {
        Objects.requireNonNull(action, "action");
        // The completion service queues each Future the moment its task is done: take() hands them
        // over in completion order, whatever order they were submitted in.
        CompletionService<T> completion = new ExecutorCompletionService<>(executor); // NPE if null
        for (Callable<T> task : tasks) {
            completion.submit(task);
        }
        int failed = 0;
        for (int i = 0; i < tasks.size(); i++) {
            try {
                action.accept(completion.take().get()); // take() returned a done Future: get() does not block
            } catch (ExecutionException e) {
                failed++;
            }
        }
        return failed;
    }
}
