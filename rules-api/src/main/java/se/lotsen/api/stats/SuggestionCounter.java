package se.lotsen.api.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import se.lotsen.api.db.CounterDao;
import se.lotsen.api.db.CounterRow;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.Step;

/**
 * Counts suggestions for the learning evaluation: ISO week × centre × need × risk level × service
 * × urgency, and nothing else. Counting is in memory on the request path; {@link #flush} writes the
 * sums to the store in one batch, so a suggestion never waits for the disk.
 */
public final class SuggestionCounter {
    public static final String NO_CENTRE = "UNSPECIFIED";
    public static final String NO_NEED = "NONE";

    private final CounterDao dao;
    private final Clock clock;
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    public SuggestionCounter(CounterDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    public void record(Pathway pathway, String centre) {
        String week = isoWeek(LocalDate.now(clock));
        String where = centre == null ? NO_CENTRE : centre;
        swap.readLock().lock();
        try {
            for (Step step : pathway.steps()) {
                List<String> needs = step.needs().isEmpty() ? List.of(NO_NEED)
                        : step.needs().stream().map(NeedCategory::name).toList();
                for (String need : needs) {
                    pending.computeIfAbsent(new Key(week, where, need, pathway.riskLevel().name(),
                            step.service().id(), step.urgency().name()), k -> new LongAdder()).increment();
                }
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Writes what has been counted since the last flush; on failure the counts wait for the next one. */
    public synchronized void flush() {
        Map<Key, LongAdder> taken;
        swap.writeLock().lock();
        try {
            taken = pending;
            pending = new ConcurrentHashMap<>();
        } finally {
            swap.writeLock().unlock();
        }
        if (taken.isEmpty()) {
            return;
        }
        List<CounterRow> rows = new ArrayList<>();
        taken.forEach((k, n) -> rows.add(new CounterRow(k.week, k.centre, k.need, k.riskLevel, k.service, k.urgency, n.sum())));
        try {
            dao.add(rows);
        } catch (RuntimeException e) {
            swap.readLock().lock();
            try {
                taken.forEach((k, n) -> pending.computeIfAbsent(k, x -> new LongAdder()).add(n.sum()));
            } finally {
                swap.readLock().unlock();
            }
            throw e;
        }
    }

    public static String isoWeek(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private record Key(String week, String centre, String need, String riskLevel, String service, String urgency) {
    }
}
