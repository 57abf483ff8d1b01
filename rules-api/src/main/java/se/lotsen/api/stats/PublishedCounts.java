package se.lotsen.api.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lotsen.api.db.CounterDao;
import se.lotsen.api.db.CounterRow;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.OutcomeCountDao;

/**
 * Everything Lotsen publishes about a period's weeks, as one set of numbers under one {@link Disclosure}:
 * the suggestion counts of {@code /stats} and the lines and week totals of {@code /evaluation}. Both
 * endpoints read through here, so a number hidden in one is hidden by the same decision in the other;
 * decisions are made per week, so every period that includes a week publishes it alike.
 *
 * <p>The sums declared: a week's total over the centres, for every line and measure; within a line,
 * suggested over followed up, and followed up over each question's answers; a service's suggestions at
 * a centre (and over all centres) over the {@code /stats} rows that count its steps; and a rule's line
 * and a service's line of equal count in the same week, centre and measure (a route rule counts the
 * very steps its service does, and the counts cannot tell that from chance, so every equal pair is
 * taken as one). Not declared, so not audited: a service whose steps split over two rules
 * (service = rule A + rule B); counting rules per service would make that a sum too.
 */
public final class PublishedCounts {
    public static final String ALL_CENTRES = "ALL";
    public static final String SERVICE = "SERVICE";
    /** The evaluation's measures, in the order of its columns. */
    public static final List<String> MEASURES = List.of(FollowUpsMeasures.SUGGESTED, FollowUpsMeasures.FOLLOWED_UP, "CONTACTED",
            "NOT_CONTACTED", "HELPED", "NOT_HELPED", "NOT_NEEDED", "CARD_ACCEPTED", "CARD_OVERRIDDEN");

    /** A {@code /stats} row's key. */
    public record StatsCell(String week, String centre, String need, String riskLevel, String service, String urgency) {
    }

    /** A {@code /evaluation} number: centre {@value #ALL_CENTRES} for a week's total. */
    public record EvaluationCell(String week, String centre, String kind, String code, String measure) {
        EvaluationCell all() {
            return new EvaluationCell(week, ALL_CENTRES, kind, code, measure);
        }

        EvaluationCell measure(String other) {
            return new EvaluationCell(week, centre, kind, code, other);
        }
    }

    private final Map<StatsCell, Long> stats;
    private final Map<EvaluationCell, Long> evaluation;
    private final Set<Object> hidden;

    private PublishedCounts(Map<StatsCell, Long> stats, Map<EvaluationCell, Long> evaluation, List<String> measures) {
        this.stats = stats;
        this.evaluation = evaluation;
        this.hidden = decide(measures);
    }

    public static PublishedCounts read(CounterDao counters, OutcomeCountDao outcomes, String tenant, LocalDate from, LocalDate to,
                                       List<String> measures) {
        String fromWeek = SuggestionCounter.isoWeek(from);
        String toWeek = SuggestionCounter.isoWeek(to);
        return of(counters.between(tenant, fromWeek, toWeek), outcomes.between(tenant, fromWeek, toWeek), measures);
    }

    /** @param measures the evaluation's measures; each line has every one, zero where nothing was counted */
    public static PublishedCounts of(List<CounterRow> counterRows, List<OutcomeCount> outcomeRows, List<String> measures) {
        Map<StatsCell, Long> stats = new LinkedHashMap<>();
        for (CounterRow r : counterRows) {
            stats.merge(new StatsCell(r.isoWeek(), r.centre(), r.need(), r.riskLevel(), r.service(), r.urgency()), r.count(), Long::sum);
        }
        Map<EvaluationCell, Long> evaluation = new LinkedHashMap<>();
        for (OutcomeCount r : outcomeRows) {
            for (String measure : measures) {
                evaluation.merge(new EvaluationCell(r.isoWeek(), r.centre(), r.kind(), r.code(), measure), 0L, Long::sum);
                evaluation.merge(new EvaluationCell(r.isoWeek(), ALL_CENTRES, r.kind(), r.code(), measure), 0L, Long::sum);
            }
            if (measures.contains(r.measure())) {
                EvaluationCell cell = new EvaluationCell(r.isoWeek(), r.centre(), r.kind(), r.code(), r.measure());
                evaluation.merge(cell, r.count(), Long::sum);
                evaluation.merge(cell.all(), r.count(), Long::sum);
            }
        }
        return new PublishedCounts(stats, evaluation, measures);
    }

    /** Each week on its own: no published number adds up more than one week, so the decisions do not depend on the period. */
    private Set<Object> decide(List<String> measures) {
        Map<String, Map<StatsCell, Long>> statsByWeek = new HashMap<>();
        stats.forEach((c, n) -> statsByWeek.computeIfAbsent(c.week(), k -> new LinkedHashMap<>()).put(c, n));
        Map<String, Map<EvaluationCell, Long>> evaluationByWeek = new HashMap<>();
        evaluation.forEach((c, n) -> evaluationByWeek.computeIfAbsent(c.week(), k -> new LinkedHashMap<>()).put(c, n));
        Set<String> weeks = new HashSet<>(statsByWeek.keySet());
        weeks.addAll(evaluationByWeek.keySet());
        Set<Object> hidden = new HashSet<>();
        for (String week : weeks) {
            hidden.addAll(decide(statsByWeek.getOrDefault(week, Map.of()), evaluationByWeek.getOrDefault(week, Map.of()), measures));
        }
        return hidden;
    }

    private static Set<Object> decide(Map<StatsCell, Long> stats, Map<EvaluationCell, Long> evaluation, List<String> measures) {
        Disclosure control = new Disclosure();
        stats.forEach(control::cell);
        evaluation.forEach(control::cell);
        Map<EvaluationCell, List<Object>> centresOf = new HashMap<>();
        Map<EvaluationCell, List<Object>> statsOf = new HashMap<>();
        evaluation.keySet().stream().filter(c -> !c.centre().equals(ALL_CENTRES))
                .forEach(c -> centresOf.computeIfAbsent(c.all(), k -> new ArrayList<>()).add(c));
        stats.keySet().forEach(s -> {
            EvaluationCell atCentre = new EvaluationCell(s.week(), s.centre(), SERVICE, s.service(), FollowUpsMeasures.SUGGESTED);
            statsOf.computeIfAbsent(atCentre, k -> new ArrayList<>()).add(s);
            statsOf.computeIfAbsent(atCentre.all(), k -> new ArrayList<>()).add(s);
        });
        centresOf.forEach(control::sum);
        statsOf.forEach((cell, rows) -> {
            if (evaluation.containsKey(cell)) {
                control.sum(cell, rows);
            }
        });
        Map<List<String>, List<EvaluationCell>> rulesByCount = new HashMap<>();
        evaluation.forEach((cell, n) -> {
            if (!cell.kind().equals(SERVICE)) {
                rulesByCount.computeIfAbsent(List.of(cell.week(), cell.centre(), cell.measure(), Long.toString(n)), k -> new ArrayList<>())
                        .add(cell);
            }
        });
        evaluation.forEach((cell, n) -> {
            if (cell.kind().equals(SERVICE) && n > 0) {
                rulesByCount.getOrDefault(List.of(cell.week(), cell.centre(), cell.measure(), Long.toString(n)), List.of())
                        .forEach(rule -> control.sum(cell, List.of(rule)));
            }
        });
        for (EvaluationCell cell : evaluation.keySet()) {
            if (cell.measure().equals(FollowUpsMeasures.SUGGESTED)) {
                control.sum(cell, List.of(cell.measure(FollowUpsMeasures.FOLLOWED_UP)));
            }
            if (cell.measure().equals(FollowUpsMeasures.FOLLOWED_UP)) {
                for (List<String> question : FollowUpsMeasures.QUESTIONS) {
                    control.sum(cell, question.stream().filter(measures::contains).map(cell::measure).toList());
                }
            }
        }
        return control.hidden();
    }

    public Map<StatsCell, Long> stats() {
        return stats;
    }

    public Map<EvaluationCell, Long> evaluation() {
        return evaluation;
    }

    public boolean hidden(Object cell) {
        return hidden.contains(cell);
    }

    /** The number as published: itself, or "<5". */
    public String shown(Object cell) {
        Long n = cell instanceof StatsCell s ? stats.get(s) : evaluation.get((EvaluationCell) cell);
        return Disclosure.show(n == null ? 0 : n, hidden(cell));
    }
}
