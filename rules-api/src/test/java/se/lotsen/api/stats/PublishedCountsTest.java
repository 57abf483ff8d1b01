package se.lotsen.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.lotsen.api.db.CounterRow;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.stats.PublishedCounts.EvaluationCell;
import se.lotsen.api.stats.PublishedCounts.StatsCell;

/**
 * For random small counts, an attacker who holds everything {@code /stats} and {@code /evaluation} publish
 * tries every total and every pair of tables (and chains of them): each relation that holds exactly in the
 * data is solved for its one unknown, until nothing more follows. No hidden count may come out.
 */
class PublishedCountsTest {
    private static final List<String> CENTRES = List.of("FC_NORR", "FC_SODER", "FC_OST");
    private static final List<String> SERVICES = List.of("BVC_NURSE", "OPEN_PRESCHOOL", "FAMILY_COUNSELLING");
    private static final List<String> NEEDS = List.of("SLEEP", "FEEDING");
    private static final String[] CONTACT = {null, "CONTACTED", "NOT_CONTACTED"};
    private static final String[] EFFECT = {null, "HELPED", "NOT_HELPED", "NOT_NEEDED"};

    /** One suggested step, as the counters saw it. */
    private record Step(String week, String centre, String service, List<String> needs, String urgency, String contact,
                        String effect) {
        List<String> rules() {
            return urgency.equals("SAME_DAY") ? List.of("route-" + service, "escalate") : List.of("route-" + service);
        }
    }

    private static List<Step> families(Random random) {
        List<Step> steps = new ArrayList<>();
        int n = 5 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            List<String> needs = random.nextInt(6) == 0 ? NEEDS : List.of(NEEDS.get(random.nextInt(2)));
            steps.add(new Step("2026-W4" + (8 + random.nextInt(2)), CENTRES.get(skewed(random)), SERVICES.get(skewed(random)),
                    needs, random.nextBoolean() ? "ROUTINE" : "SAME_DAY", CONTACT[random.nextInt(3)], EFFECT[random.nextInt(4)]));
        }
        return steps;
    }

    /** Mostly the first, sometimes the others: small counts next to large ones. */
    private static int skewed(Random random) {
        int r = random.nextInt(10);
        return r < 6 ? 0 : r < 9 ? 1 : 2;
    }

    private static PublishedCounts publish(List<Step> steps) {
        List<CounterRow> counters = new ArrayList<>();
        List<OutcomeCount> outcomes = new ArrayList<>();
        for (Step s : steps) {
            s.needs().forEach(need -> counters.add(new CounterRow(s.week(), s.centre(), need, "LOW", s.service(), s.urgency(), 1)));
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"SERVICE", s.service()});
            s.rules().forEach(r -> lines.add(new String[] {"RULE", r}));
            for (String[] line : lines) {
                outcomes.add(new OutcomeCount(s.week(), s.centre(), line[0], line[1], "SUGGESTED", 1));
                if (s.contact() != null || s.effect() != null) {
                    outcomes.add(new OutcomeCount(s.week(), s.centre(), line[0], line[1], "FOLLOWED_UP", 1));
                }
                for (String answer : new String[] {s.contact(), s.effect()}) {
                    if (answer != null) {
                        outcomes.add(new OutcomeCount(s.week(), s.centre(), line[0], line[1], answer, 1));
                    }
                }
            }
        }
        return PublishedCounts.of(counters, outcomes, PublishedCounts.MEASURES);
    }

    /** Every relation between published numbers that holds exactly in the data: total = the sum of its parts. */
    private static List<List<Object>> exactRelations(PublishedCounts p) {
        List<List<Object>> relations = new ArrayList<>();
        Map<EvaluationCell, List<Object>> byTotal = new HashMap<>();
        Map<EvaluationCell, List<Object>> statsBy = new HashMap<>();
        for (EvaluationCell c : p.evaluation().keySet()) {
            if (!c.centre().equals("ALL")) {
                byTotal.computeIfAbsent(new EvaluationCell(c.week(), "ALL", c.kind(), c.code(), c.measure()), k -> new ArrayList<>()).add(c);
            }
            if (c.measure().equals("FOLLOWED_UP")) {
                relations.add(List.of(c.measure("SUGGESTED"), c));
                relations.add(List.of(c, c.measure("CONTACTED"), c.measure("NOT_CONTACTED")));
                relations.add(List.of(c, c.measure("HELPED"), c.measure("NOT_HELPED"), c.measure("NOT_NEEDED")));
            }
        }
        for (StatsCell s : p.stats().keySet()) {
            for (String centre : List.of(s.centre(), "ALL")) {
                statsBy.computeIfAbsent(new EvaluationCell(s.week(), centre, "SERVICE", s.service(), "SUGGESTED"), k -> new ArrayList<>()).add(s);
            }
        }
        byTotal.forEach((total, parts) -> relations.add(concat(total, parts)));
        statsBy.forEach((total, parts) -> relations.add(concat(total, parts)));
        // A service's steps all carry its route rule: the service line and the route line are the same numbers.
        for (EvaluationCell c : p.evaluation().keySet()) {
            if (c.kind().equals("SERVICE")) {
                relations.add(List.of(c, new EvaluationCell(c.week(), c.centre(), "RULE", "route-" + c.code(), c.measure())));
            }
        }
        relations.removeIf(r -> value(p, r.get(0)) != r.subList(1, r.size()).stream().mapToLong(x -> value(p, x)).sum());
        return relations;
    }

    private static List<Object> concat(Object head, List<Object> tail) {
        List<Object> all = new ArrayList<>();
        all.add(head);
        all.addAll(tail);
        return all;
    }

    private static long value(PublishedCounts p, Object cell) {
        Long n = cell instanceof StatsCell s ? p.stats().get(s) : p.evaluation().get((EvaluationCell) cell);
        return n == null ? 0 : n;
    }

    private static boolean published(PublishedCounts p, Object cell) {
        return cell instanceof StatsCell s ? p.stats().containsKey(s) : p.evaluation().containsKey((EvaluationCell) cell);
    }

    @Test
    void noHiddenCountFollowsFromAnyTotalOrPairOfPublishedTablesForRandomSmallCounts() {
        int hiddenSeen = 0;
        for (int seed = 0; seed < 300; seed++) {
            PublishedCounts p = publish(families(new Random(seed)));
            List<List<Object>> relations = exactRelations(p);
            Set<Object> known = new HashSet<>();
            p.stats().keySet().stream().filter(c -> !p.hidden(c)).forEach(known::add);
            p.evaluation().keySet().stream().filter(c -> !p.hidden(c)).forEach(known::add);
            boolean more = true;
            while (more) {
                more = false;
                for (List<Object> r : relations) {
                    List<Object> unknown = r.stream().filter(c -> published(p, c) && !known.contains(c)).toList();
                    if (unknown.size() == 1) {
                        more |= known.add(unknown.get(0));
                    }
                }
            }
            for (Object cell : known) {
                long n = value(p, cell);
                assertThat(Disclosure.small(n)).as("seed %d: %s = %d follows from what is published", seed, cell, n).isFalse();
            }
            hiddenSeen += (int) p.evaluation().keySet().stream().filter(p::hidden).count();
        }
        assertThat(hiddenSeen).as("the data had small counts to protect").isPositive();
    }

    @Test
    void sixFamiliesAtOneCentreAndOneAtAnotherNeverGiveTheOnesCount() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            steps.add(new Step("2026-W49", "FC_NORR", "BVC_NURSE", List.of("SLEEP"), "ROUTINE", null, null));
        }
        steps.add(new Step("2026-W49", "FC_SODER", "BVC_NURSE", List.of("SLEEP"), "ROUTINE", null, null));

        PublishedCounts p = publish(steps);

        List<String> stats = p.stats().keySet().stream().map(p::shown).toList();
        List<String> evaluation = p.evaluation().keySet().stream().filter(c -> c.measure().equals("SUGGESTED")).map(p::shown).toList();
        assertThat(stats.contains("6") && evaluation.contains("7")).as("FC_NORR's 6 in /stats and the total 7 in /evaluation: %s %s",
                stats, evaluation).isFalse();
        assertThat(evaluation.contains("6") && evaluation.contains("7")).as("FC_NORR's 6 and the total 7 in /evaluation: %s",
                evaluation).isFalse();
        assertThat(stats).doesNotContain("1");
        assertThat(evaluation).doesNotContain("1");
    }
}
