package se.lotsen.api.publishing;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import se.lotsen.api.errors.UnavailableException;

/**
 * Where validation and compiling run: their own bounded fork-join pool, never the JVM's common pool
 * (the catalog's parallel streams run in the pool of the thread that starts them, so one upload used
 * to take every core from requests). Its threads are fewer than the cores, so requests always keep
 * one, and have the lowest priority (which Linux honours only with {@code -XX:ThreadPriorityPolicy=1}:
 * the bound is what counts). At most {@code places} validations run at a time; an upload past that is
 * refused with 429 and Retry-After, background work (the watcher, start, activation) waits its turn.
 */
public final class ValidationPool implements AutoCloseable {
    private static final long RETRY_AFTER_SECONDS = 10;

    private final ForkJoinPool pool;
    private final Semaphore places;
    private final int size;
    private final AtomicInteger running = new AtomicInteger();

    public ValidationPool(int threads, int places) {
        AtomicInteger names = new AtomicInteger();
        this.pool = new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            thread.setName("lotsen-validation-" + names.incrementAndGet());
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }, null, false);
        this.places = new Semaphore(places);
        this.size = places;
    }

    /** Threads one less than the cores (at least one); places one per core. */
    public static ValidationPool forCores(int threads, int places) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ValidationPool(threads > 0 ? threads : Math.max(1, cores - 1), places > 0 ? places : cores);
    }

    /**
     * Runs a validation asked for over HTTP, or refuses it at once when every place is taken.
     *
     * @throws UnavailableException 429 when {@code places} validations run already
     */
    public <T> T offer(Supplier<T> work) {
        if (inPool()) {
            return work.get();
        }
        if (!places.tryAcquire()) {
            throw new UnavailableException(429, "validation_busy", size + " rule-set checks run already, the most "
                    + "Lotsen runs at once; try again in " + RETRY_AFTER_SECONDS + " s", RETRY_AFTER_SECONDS, null);
        }
        return runHolding(work);
    }

    /** Runs background work (publishing a watched edit, the start, an activation) once a place is free. */
    public <T> T await(Supplier<T> work) {
        if (inPool()) {
            return work.get();
        }
        places.acquireUninterruptibly();
        return runHolding(work);
    }

    /** Validations running now, for the metrics. */
    public int running() {
        return running.get();
    }

    private <T> T runHolding(Supplier<T> work) {
        running.incrementAndGet();
        try {
            return pool.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a rule set was checked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            running.decrementAndGet();
            places.release();
        }
    }

    private boolean inPool() {
        return ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
