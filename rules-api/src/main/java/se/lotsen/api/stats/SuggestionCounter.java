package se.lotsen.api.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import se.lotsen.api.db.CounterDao;
import se.lotsen.api.db.CounterRow;
import se.lotsen.api.db.Tenant;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Step;

/**
 * Counts suggestions for the learning evaluation: ISO week × centre × need × risk level × service
 * × urgency, and nothing else. Counting is in memory on the request path, without a lock;
 * {@link #flush} writes the sums to the store in one batch, so a suggestion never waits for the disk.
 */
public final class SuggestionCounter {
    public static final String NO_CENTRE = "UNSPECIFIED";
    public static final String NO_NEED = "NONE";
    static final ZoneId SWEDEN = PathwayEngine.TIME_ZONE;

    private final CounterDao dao;
    private final String tenant;
    private final Clock clock;
    private final PendingCounts<Key> pending;

    public SuggestionCounter(CounterDao dao, Clock clock) {
        this(dao, Tenant.DEFAULT, clock);
    }

    /** Counts one tenant's pathways, into that tenant's counters only. */
    public SuggestionCounter(CounterDao dao, String tenant, Clock clock) {
        this.dao = dao;
        this.tenant = tenant;
        this.clock = clock;
        this.pending = new PendingCounts<>(key -> key.week().compareTo(isoWeek(LocalDate.now(clock.withZone(SWEDEN)).minusWeeks(1))) < 0);
    }

    public void record(Pathway pathway, String centre) {
        String week = isoWeek(LocalDate.now(clock.withZone(SWEDEN)));
        String where = centre == null ? NO_CENTRE : centre;
        String risk = pathway.riskLevel().name();
        for (Step step : pathway.steps()) {
            if (step.needs().isEmpty()) {
                pending.add(new Key(week, where, NO_NEED, risk, step.service().id(), step.urgency().name()));
            }
            for (NeedCategory need : step.needs()) {
                pending.add(new Key(week, where, need.name(), risk, step.service().id(), step.urgency().name()));
            }
        }
    }

    /** Writes what has been counted since the last flush; on failure the counts wait for the next one. */
    public synchronized void flush() {
        List<CounterRow> rows = pending.take((k, n) -> new CounterRow(k.week, k.centre, k.need, k.riskLevel, k.service, k.urgency, n));
        if (rows.isEmpty()) {
            return;
        }
        try {
            dao.add(tenant, rows);
        } catch (RuntimeException e) {
            rows.forEach(r -> pending.restore(new Key(r.isoWeek(), r.centre(), r.need(), r.riskLevel(), r.service(), r.urgency()),
                    r.count()));
            throw e;
        }
    }

    public static String isoWeek(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private record Key(String week, String centre, String need, String riskLevel, String service, String urgency) {
    }
}
