package dev.threadpools.ctl;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's {@link ThreadPoolExecutor}, unchanged, with one window into it: {@link #ctl()} reads its
 * private {@code ctl} word. Every other method of {@link ObservablePool} is inherited as is.
 *
 * <p>Reading a private field of {@code java.base} needs the JVM flag
 * {@code --add-opens java.base/java.util.concurrent=ALL-UNNAMED}; this module's POM passes it to
 * demos and tests. Without it, {@link #ctl()} explains what is missing.
 */
public class JdkObservablePool extends ThreadPoolExecutor implements ObservablePool {

    public JdkObservablePool(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        super(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, handler);
    }

    @Override
    public int ctl() {
        return ((AtomicInteger) readPrivate(this, "ctl")).get();
    }

    /**
     * The value of a private field of {@code ThreadPoolExecutor}: an instance field of {@code pool},
     * or a static one when {@code pool} is null.
     *
     * @throws IllegalStateException if the JVM was started without the add-opens flag, or the JDK
     *         no longer has the field (then the lesson has drifted from the JDK: a test catches it)
     */
    public static Object readPrivate(ThreadPoolExecutor pool, String fieldName) {
        try {
            Field field = ThreadPoolExecutor.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(pool);
        } catch (InaccessibleObjectException e) {
            throw new IllegalStateException("run the JVM with --add-opens java.base/java.util.concurrent=ALL-UNNAMED"
                    + " to read ThreadPoolExecutor." + fieldName, e);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("this JDK's ThreadPoolExecutor has no readable field " + fieldName, e);
        }
    }
}
