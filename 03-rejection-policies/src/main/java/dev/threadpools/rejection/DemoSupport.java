package dev.threadpools.rejection;

import java.util.List;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;

/** What every demo of this module needs: argument checks, the machine line, the four policies. */
final class DemoSupport {

    private DemoSupport() {
    }

    /** The four built-in policies, in the order the lesson presents them. */
    static List<RejectedExecutionHandler> builtInPolicies() {
        return List.of(new ThreadPoolExecutor.AbortPolicy(), new ThreadPoolExecutor.CallerRunsPolicy(),
                new ThreadPoolExecutor.DiscardPolicy(), new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    static String name(RejectedExecutionHandler policy) {
        return policy.getClass().getSimpleName();
    }

    /** For demos that take no arguments: prints the usage line and exits with 2 if given any. */
    static void requireNoArguments(String[] args, Class<?> demo) {
        if (args.length > 0) {
            exitWithUsage("usage: " + demo.getSimpleName() + " (takes no arguments)");
        }
    }

    static void exitWithUsage(String usage) {
        System.err.println(usage);
        System.exit(2);
    }

}
