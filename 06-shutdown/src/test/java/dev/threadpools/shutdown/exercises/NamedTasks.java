package dev.threadpools.shutdown.exercises;

/** Tasks for the exercise tests of this module that print by name in a failure message. */
final class NamedTasks {

    private NamedTasks() {
    }

    /** A task that does nothing and prints as {@code name}, so a list of queued tasks reads well. */
    static Runnable named(String name) {
        return new Runnable() {
            @Override
            public void run() {
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
