package se.lotsen.api.stats;

import java.time.LocalDate;
import java.util.List;
import se.lotsen.api.db.CounterDao;

/** Anonymous counts for a period, with every count under {@value #SUPPRESS_BELOW} shown as "<5". */
public final class StatsReport {
    public static final int SUPPRESS_BELOW = 5;

    private final CounterDao dao;

    public StatsReport(CounterDao dao) {
        this.dao = dao;
    }

    /** One row of the report; {@code count} is a number, or "<5". */
    public record Row(String week, String centre, String need, String riskLevel, String service, String urgency,
                      String count) {
    }

    public List<Row> between(LocalDate from, LocalDate to) {
        return dao.between(SuggestionCounter.isoWeek(from), SuggestionCounter.isoWeek(to)).stream()
                .map(r -> new Row(r.isoWeek(), r.centre(), r.need(), r.riskLevel(), r.service(), r.urgency(),
                        r.count() < SUPPRESS_BELOW ? "<" + SUPPRESS_BELOW : Long.toString(r.count())))
                .toList();
    }
}
