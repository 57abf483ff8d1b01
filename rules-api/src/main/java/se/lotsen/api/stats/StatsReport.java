package se.lotsen.api.stats;

import java.time.LocalDate;
import java.util.List;
import se.lotsen.api.db.CounterDao;
import se.lotsen.api.db.OutcomeCountDao;
import se.lotsen.api.db.Tenant;

/**
 * Anonymous counts for a period, through {@link PublishedCounts} (the disclosure control the evaluation
 * shares): every count under {@value #SUPPRESS_BELOW} is "<5", and none can be had from the evaluation's
 * numbers by subtraction.
 */
public final class StatsReport {
    public static final int SUPPRESS_BELOW = Disclosure.SMALLEST_SHOWN;

    private final CounterDao dao;
    private final OutcomeCountDao outcomes;
    private final String tenant;

    public StatsReport(CounterDao dao, OutcomeCountDao outcomes) {
        this(dao, outcomes, Tenant.DEFAULT);
    }

    /** One tenant's counts: no other tenant's row is read. */
    public StatsReport(CounterDao dao, OutcomeCountDao outcomes, String tenant) {
        this.tenant = tenant;
        this.dao = dao;
        this.outcomes = outcomes;
    }

    /** One row of the report; {@code count} is a number, or "<5". */
    public record Row(String week, String centre, String need, String riskLevel, String service, String urgency,
                      String count) {
    }

    public List<Row> between(LocalDate from, LocalDate to) {
        PublishedCounts published = PublishedCounts.read(dao, outcomes, tenant, from, to, PublishedCounts.MEASURES);
        return published.stats().keySet().stream()
                .map(c -> new Row(c.week(), c.centre(), c.need(), c.riskLevel(), c.service(), c.urgency(), published.shown(c)))
                .toList();
    }
}
