package dev.threadpools.ctl.stress;

import dev.threadpools.kit.Uninterruptibly;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;

/**
 * A thread factory for jcstress tests that must freeze a real pool in the state a race left it.
 *
 * <p>A pool counts a worker, registers it and starts its thread; a thread made here then holds, before
 * running the worker, until {@link #release()}. Until then the worker is counted and registered but has
 * not begun: it keeps the pool out of TIDYING, takes no task and does not exit, and neither pool
 * interrupts it (both interrupt only workers that have begun running; their lock state is -1 until
 * then). So when the actors have finished, the pool sits still in whatever state the race produced,
 * for the arbiter to read; the arbiter then releases the threads, which find the pool stopped and exit.
 *
 * <p>The threads are virtual because jcstress keeps thousands of samples in flight at once, and a held
 * virtual thread costs a little heap where a platform thread would cost an OS thread. A thread whose
 * {@code start()} does nothing would be cheaper still, but it cannot fool the JDK's pool: since JDK 21
 * it starts its workers through an internal thread container, which does not call {@code start()}.
 *
 * <p>It lives beside the two tests that use it ({@code CtlStress02}, {@code CtlStress05}) and not in the
 * kit: its one job, freezing a real pool for a jcstress arbiter, has no other user, and the kit's
 * {@code RecordingThreadFactory} has a different one (counting the births and deaths of platform
 * threads for JUnit tests, in test scope, where jcstress tests cannot see it). Each test still owns its
 * state: its {@code @State} makes its own instance and releases it.
 */
final class HeldWorkerThreads implements ThreadFactory {

    private final CountDownLatch released = new CountDownLatch(1);

    @Override
    public Thread newThread(Runnable worker) {
        return Thread.ofVirtual().unstarted(() -> {
            Uninterruptibly.await(released);
            worker.run();
        });
    }

    /** Lets every thread made so far, and every later one, run its worker. */
    void release() {
        released.countDown();
    }
}
