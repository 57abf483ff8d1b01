package se.lotsen.api.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.lotsen.api.db.CounterDao;
import se.lotsen.api.db.OutcomeCountDao;
import se.lotsen.api.db.Tenant;
import se.lotsen.api.stats.Disclosure;
import se.lotsen.api.stats.PublishedCounts;
import se.lotsen.api.stats.PublishedCounts.EvaluationCell;

/**
 * The learning evaluation: per service and per rule, by ISO week and centre, how often a step was
 * suggested, followed up, and with which outcome; plus each week's total over the centres, for the
 * plots. Every number goes through {@link PublishedCounts}, the one disclosure control that
 * {@code /stats} uses too: a count under {@value #SUPPRESS_BELOW} is "<5", and neither this report's
 * totals nor {@code /stats} let one be had by subtraction.
 */
public final class EvaluationReport {
    public static final int SUPPRESS_BELOW = Disclosure.SMALLEST_SHOWN;
    public static final String SUPPRESSED = Disclosure.HIDDEN;
    /** The measures, in the order of the columns. */
    public static final List<String> MEASURES = PublishedCounts.MEASURES;
    public static final String ALL_CENTRES = PublishedCounts.ALL_CENTRES;

    private final OutcomeCountDao dao;
    private final CounterDao counters;
    private final String tenant;

    public EvaluationReport(OutcomeCountDao dao, CounterDao counters) {
        this(dao, counters, Tenant.DEFAULT);
    }

    /** One tenant's evaluation: no other tenant's row is read. */
    public EvaluationReport(OutcomeCountDao dao, CounterDao counters, String tenant) {
        this.tenant = tenant;
        this.dao = dao;
        this.counters = counters;
    }

    /**
     * One line: a service or rule in one week at one centre (or "ALL" centres), each measure a number or "<5".
     *
     * @param kind SERVICE or RULE
     */
    public record Line(String week, String centre, String kind, String code, Map<String, String> counts) {
    }

    /** The report: lines per centre, and per week over all centres. */
    public record Report(String from, String to, int suppressBelow, List<String> measures, List<Line> lines,
                         List<Line> weekTotals) {
    }

    public Report between(LocalDate from, LocalDate to) {
        PublishedCounts published = PublishedCounts.read(counters, dao, tenant, from, to, MEASURES);
        // (week, centre, kind, code) in order → measure → as published
        Map<List<String>, Map<String, String>> byLine = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        for (EvaluationCell cell : published.evaluation().keySet()) {
            byLine.computeIfAbsent(List.of(cell.week(), cell.kind(), cell.code(), cell.centre()), k -> new LinkedHashMap<>());
        }
        List<Line> lines = new ArrayList<>();
        List<Line> totals = new ArrayList<>();
        byLine.forEach((key, counts) -> {
            String week = key.get(0);
            String kind = key.get(1);
            String code = key.get(2);
            String centre = key.get(3);
            MEASURES.forEach(m -> counts.put(m, published.shown(new EvaluationCell(week, centre, kind, code, m))));
            (centre.equals(ALL_CENTRES) ? totals : lines).add(new Line(week, centre, kind, code, counts));
        });
        return new Report(from.toString(), to.toString(), SUPPRESS_BELOW, MEASURES, lines, totals);
    }
}
