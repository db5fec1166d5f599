package dev.threadpools.shutdown;

import dev.threadpools.kit.Uninterruptibly;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A task that blocks or spins in one particular way until it is either interrupted out of it or
 * {@linkplain #release() released}, and records which of the two ended it.
 *
 * <p>{@code shutdownNow()} does one thing to a running task: it calls {@link Thread#interrupt()} on
 * the task's thread. Whether the task then stops depends only on how the task waits. Each
 * {@link Kind} is one way to wait; the interrupt-deaf ones come with their fix next to them.
 *
 * <p>There is no sleeping here: a task "works" until its release latch opens, so a test decides
 * exactly when an unstoppable task may end. Kinds that need someone else to hold a lock, or a peer
 * for a socket, set that up in the constructor; {@link #close()} tears it down and releases the task,
 * so a probe in a try-with-resources block never leaves a thread behind.
 */
public final class InterruptProbe implements Runnable, AutoCloseable {

    /** One way for a task to wait. */
    public enum Kind {
        /** Waits on a latch and lets {@link InterruptedException} end it. */
        HONOURS_INTERRUPT("waits on a latch, ends on InterruptedException"),
        /** Catches {@link InterruptedException}, drops it, and waits again. */
        SWALLOWS_INTERRUPT("catches InterruptedException and waits again"),
        /** Spins on a flag and never looks at its interrupt status. */
        BUSY_LOOP("spins, never checks the interrupt status"),
        /** The fix for {@link #BUSY_LOOP}: the loop condition also checks the interrupt status. */
        BUSY_LOOP_CHECKING("spins, checks isInterrupted() each round"),
        /** {@link ReentrantLock#lock()} on a lock another thread holds: not interruptible. */
        LOCK("ReentrantLock.lock() on a held lock"),
        /** The fix for {@link #LOCK}: {@link ReentrantLock#lockInterruptibly()}. */
        LOCK_INTERRUPTIBLY("ReentrantLock.lockInterruptibly() on a held lock"),
        /** Enters a {@code synchronized} block whose monitor another thread holds. */
        SYNCHRONIZED("synchronized on a held monitor"),
        /** {@link Socket} input read on loopback with no data coming (a platform thread). */
        SOCKET_READ("java.net.Socket read, no data coming"),
        /** The fix for {@link #SOCKET_READ}: an interruptible {@link SocketChannel}; interrupt closes it. */
        SOCKET_CHANNEL_READ("SocketChannel read, no data coming");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** One line for a table. */
        public String description() {
            return description;
        }
    }

    /** What ended the task. */
    public enum Ending {
        /** Not ended yet (or never started). */
        NOT_ENDED,
        /** The interrupt reached it. */
        INTERRUPTED,
        /** It ended only because {@link #release()} was called. */
        RELEASED
    }

    private final Kind kind;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    /** Counted down when a swallowing task catches an interrupt, to prove one was delivered. */
    private final CountDownLatch interruptCaught = new CountDownLatch(1);
    private volatile boolean released;
    private volatile Thread runner;
    private volatile Ending ending = Ending.NOT_ENDED;
    private volatile boolean interruptStatusAtEnd;

    // Only for the kinds that need them; see the constructor.
    private final ReentrantLock lock = new ReentrantLock();
    private final Object monitor = new Object();
    private final Thread holder;
    private final ServerSocket server;
    private final Socket client;
    private final Socket serverSide;
    private final ServerSocketChannel serverChannel;
    private final SocketChannel clientChannel;
    private final SocketChannel serverSideChannel;

    /**
     * @param kind how the task waits
     * @throws NullPointerException if {@code kind} is null
     * @throws UncheckedIOException if a socket kind cannot open its loopback connection
     */
    public InterruptProbe(Kind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.holder = switch (kind) {
            case LOCK, LOCK_INTERRUPTIBLY, SYNCHRONIZED -> startHolder();
            default -> null;
        };
        try {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            if (kind == Kind.SOCKET_READ) {
                server = new ServerSocket(0, 1, loopback);
                client = new Socket(loopback, server.getLocalPort());
                serverSide = server.accept(); // the peer that never writes
            } else {
                server = null;
                client = null;
                serverSide = null;
            }
            if (kind == Kind.SOCKET_CHANNEL_READ) {
                serverChannel = ServerSocketChannel.open().bind(new InetSocketAddress(loopback, 0));
                clientChannel = SocketChannel.open(serverChannel.getLocalAddress());
                serverSideChannel = serverChannel.accept();
            } else {
                serverChannel = null;
                clientChannel = null;
                serverSideChannel = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback connection for " + kind, e);
        }
    }

    /**
     * Holds the lock and the monitor from another thread until the probe is released, so that the
     * task has something to block on. Returns once both are held.
     */
    private Thread startHolder() {
        CountDownLatch holding = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            lock.lock();
            try {
                synchronized (monitor) {
                    holding.countDown();
                    release.await(); // a latch, not monitor.wait(): the monitor stays held
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        }, "probe-holder-" + kind);
        thread.start();
        Uninterruptibly.await(holding);
        return thread;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public void run() {
        runner = Thread.currentThread();
        started.countDown();
        try {
            waitTheKindsWay();
            ending = released ? Ending.RELEASED : Ending.INTERRUPTED;
        } catch (InterruptedException | ClosedByInterruptException e) {
            ending = Ending.INTERRUPTED;
        } catch (IOException e) {
            // The socket was closed by release(): the read ended only because of that.
            ending = Ending.RELEASED;
        } finally {
            interruptStatusAtEnd = Thread.currentThread().isInterrupted();
            ended.countDown();
        }
    }

    /** Returns when released (or, for the kinds that listen, when interrupted, by throwing). */
    private void waitTheKindsWay() throws InterruptedException, IOException {
        switch (kind) {
            case HONOURS_INTERRUPT -> release.await();
            case SWALLOWS_INTERRUPT -> {
                while (!released) {
                    try {
                        release.await();
                    } catch (InterruptedException swallowed) {
                        interruptCaught.countDown(); // and then carry on as if nothing happened
                    }
                }
            }
            case BUSY_LOOP -> {
                while (!released) {
                    Thread.onSpinWait();
                }
            }
            case BUSY_LOOP_CHECKING -> {
                while (!released) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException("interrupted while spinning");
                    }
                    Thread.onSpinWait();
                }
            }
            case LOCK -> {
                lock.lock();
                lock.unlock();
            }
            case LOCK_INTERRUPTIBLY -> {
                lock.lockInterruptibly();
                lock.unlock();
            }
            case SYNCHRONIZED -> {
                synchronized (monitor) {
                    // entered: the holder let go
                }
            }
            case SOCKET_READ -> {
                InputStream in = client.getInputStream();
                int ignored = in.read(); // -1 or an exception once release() closes the socket
            }
            case SOCKET_CHANNEL_READ -> clientChannel.read(ByteBuffer.allocate(1));
        }
    }

    /** Waits until the task has started running. */
    public boolean awaitStarted(long timeout, TimeUnit unit) throws InterruptedException {
        return started.await(timeout, unit);
    }

    /** Waits until the task has ended, however it ended. */
    public boolean awaitEnded(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    /**
     * Whether an interrupt reached the task's thread: the task caught one (the swallowing kind), or the
     * thread's interrupt status is set, or the interrupt already ended the task.
     *
     * <p>One kind hides it: a thread waiting in {@link ReentrantLock#lock()} has its status cleared by
     * the lock while it waits, and set again only once it holds the lock. For {@link Kind#LOCK} this
     * says {@code false} until then, although the interrupt did arrive.
     */
    public boolean interruptDelivered() {
        Thread thread = runner;
        return interruptCaught.getCount() == 0
                || ending == Ending.INTERRUPTED
                || (thread != null && thread.isInterrupted());
    }

    public Ending ending() {
        return ending;
    }

    /** Whether the thread's interrupt status was still set when the task ended (it was not consumed). */
    public boolean interruptStatusAtEnd() {
        return interruptStatusAtEnd;
    }

    /**
     * Lets the task end, the way only its owner could: open the latch, stop the spin, let go of the
     * lock and monitor, close the socket.
     */
    public void release() {
        released = true;
        release.countDown();
        closeQuietly(client);
        closeQuietly(clientChannel);
    }

    /** Releases the task and frees what the probe set up; waits for the holder thread to end. */
    @Override
    public void close() {
        release();
        closeQuietly(serverSide);
        closeQuietly(server);
        closeQuietly(serverSideChannel);
        closeQuietly(serverChannel);
        if (holder != null) {
            try {
                holder.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            // Closing is best effort: the resource is being thrown away either way.
        }
    }
}
