package dev.threadpools.anatomy;

import dev.threadpools.kit.DemoArgs;
/**
 * Demo 07: a {@code ThreadLocal} leaking from one request to the next on a pooled thread, and the two
 * fixes.
 *
 * <p>Request 1 runs for {@code alice}; request 2 is anonymous and asks who the current user is. Look
 * for: without cleanup request 2 sees {@code alice}; with {@code finally remove()} in the task, or with
 * a pool that clears the {@code ThreadLocal} in {@code afterExecute}, it sees nobody.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 02-threadpoolexecutor-anatomy -Ddemo=07}
 */
public final class Demo07_ThreadLocalLeak {

    private Demo07_ThreadLocalLeak() {
    }

    public static void main(String[] args) throws Exception {
        DemoArgs.none(args, "Demo07_ThreadLocalLeak (takes no arguments)");
        System.out.println("request 1 sets CURRENT_USER=alice; request 2 (anonymous) runs next on the same thread");
        System.out.printf("%n  %-20s %s%n", "request 1 cleanup", "request 2 sees");
        for (ThreadLocalLeak.Cleanup cleanup : ThreadLocalLeak.Cleanup.values()) {
            String seen = ThreadLocalLeak.userSeenByAnonymousRequest(cleanup);
            System.out.printf("  %-20s %-6s %s%n", cleanup, seen,
                    seen == null ? "(correct: nobody)" : "(LEAK: another request's user)");
        }
    }
}
