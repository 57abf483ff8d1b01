package se.lotsen.api.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Counts kept in memory until they are written: many request threads count at once without a lock
 * (one atomic counter per key), and taking the counts for a write never loses one counted meanwhile
 * (each counter is read and zeroed in one atomic step, and stays in the map). Counters are dropped
 * only once their key is stale (an ISO week before last), when no request can still be counting on
 * them. A write that fails puts its counts back.
 *
 * @param <K> what is counted: a record of codes, never anything about a family
 */
public final class PendingCounts<K> {
    private final Map<K, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Predicate<K> stale;

    public PendingCounts(Predicate<K> stale) {
        this.stale = stale;
    }

    public void add(K key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Takes every non-zero count (zeroing it) as rows made by {@code row}. */
    public <R> List<R> take(BiFunction<K, Long, R> row) {
        List<R> rows = new ArrayList<>();
        for (Map.Entry<K, AtomicLong> entry : counts.entrySet()) {
            long n = entry.getValue().getAndSet(0);
            if (n > 0) {
                rows.add(row.apply(entry.getKey(), n));
            } else if (stale.test(entry.getKey())) {
                counts.remove(entry.getKey(), entry.getValue());
            }
        }
        return rows;
    }

    /** Puts a count back after a failed write, so the next write has it. */
    public void restore(K key, long n) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(n);
    }
}
