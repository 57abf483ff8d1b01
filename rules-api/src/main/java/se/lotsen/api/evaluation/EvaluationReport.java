package se.lotsen.api.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.OutcomeCountDao;
import se.lotsen.api.stats.SuggestionCounter;

/**
 * The learning evaluation: per service and per rule, by ISO week and centre, how often a step was
 * suggested, followed up, and with which outcome; plus each week's total over the centres, for the
 * plots. Every count under {@value #SUPPRESS_BELOW} is shown as "<5", and no suppressed count can be
 * recovered by subtraction: where a week's total is shown and only one centre's count in it is
 * hidden, the next smallest is hidden too (complementary suppression).
 */
public final class EvaluationReport {
    public static final int SUPPRESS_BELOW = 5;
    public static final String SUPPRESSED = "<" + SUPPRESS_BELOW;
    /** The measures, in the order of the columns. */
    public static final List<String> MEASURES = List.of("SUGGESTED", "FOLLOWED_UP", "CONTACTED", "NOT_CONTACTED",
            "HELPED", "NOT_HELPED", "NOT_NEEDED", "CARD_ACCEPTED", "CARD_OVERRIDDEN");

    private final OutcomeCountDao dao;

    public EvaluationReport(OutcomeCountDao dao) {
        this.dao = dao;
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

    public static final String ALL_CENTRES = "ALL";

    public Report between(LocalDate from, LocalDate to) {
        List<OutcomeCount> rows = dao.between(SuggestionCounter.isoWeek(from), SuggestionCounter.isoWeek(to));
        // (week, kind, code) → centre → measure → count
        Map<String, Map<String, Map<String, Long>>> groups = new TreeMap<>();
        for (OutcomeCount row : rows) {
            groups.computeIfAbsent(row.isoWeek() + "|" + row.kind() + "|" + row.code(), k -> new TreeMap<>())
                    .computeIfAbsent(row.centre(), k -> new LinkedHashMap<>())
                    .merge(row.measure(), row.count(), Long::sum);
        }
        List<Line> lines = new ArrayList<>();
        List<Line> totals = new ArrayList<>();
        groups.forEach((key, byCentre) -> {
            String[] parts = key.split("\\|", 3);
            Map<String, Map<String, String>> shown = new TreeMap<>();
            byCentre.keySet().forEach(centre -> shown.put(centre, new LinkedHashMap<>()));
            Map<String, String> total = new LinkedHashMap<>();
            for (String measure : MEASURES) {
                Map<String, Long> cells = new TreeMap<>();
                byCentre.forEach((centre, counts) -> cells.put(centre, counts.getOrDefault(measure, 0L)));
                long sum = cells.values().stream().mapToLong(Long::longValue).sum();
                Set<String> hidden = suppress(cells, sum);
                cells.forEach((centre, n) -> shown.get(centre).put(measure, hidden.contains(centre) ? SUPPRESSED : Long.toString(n)));
                total.put(measure, show(sum));
            }
            shown.forEach((centre, counts) -> lines.add(new Line(parts[0], centre, parts[1], parts[2], counts)));
            totals.add(new Line(parts[0], ALL_CENTRES, parts[1], parts[2], total));
        });
        return new Report(from.toString(), to.toString(), SUPPRESS_BELOW, MEASURES, lines, totals);
    }

    /**
     * Which centres' counts to hide: every count from 1 to 4 (a zero says nothing about a family), and,
     * when the total is shown and exactly one is hidden, the next smallest non-zero count as well,
     * so the hidden one cannot be had as total minus the rest.
     */
    static Set<String> suppress(Map<String, Long> cells, long total) {
        Set<String> hidden = new HashSet<>();
        cells.forEach((centre, n) -> {
            if (n > 0 && n < SUPPRESS_BELOW) {
                hidden.add(centre);
            }
        });
        if (hidden.size() == 1 && total >= SUPPRESS_BELOW && cells.size() > 1) {
            cells.entrySet().stream().filter(e -> !hidden.contains(e.getKey()))
                    .min(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
                    .ifPresent(e -> hidden.add(e.getKey()));
        }
        return hidden;
    }

    static String show(long n) {
        return n > 0 && n < SUPPRESS_BELOW ? SUPPRESSED : Long.toString(n);
    }
}
