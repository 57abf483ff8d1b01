package se.lotsen.policy.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import se.lotsen.core.Evaluation;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.properties.Exploration;
import se.lotsen.policy.properties.Families.Sample;
import se.lotsen.policy.scenarios.ScenarioResult;

/** Watches every explored family for the questions a policy owner asks about a rule set. */
final class Analyzer implements Exploration.Observer {
    private final Set<String> fired = ConcurrentHashMap.newKeySet();
    private final Set<String> reached = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Integer>> gaps = new ConcurrentSkipListMap<>();
    private final Map<String, Analysis.Overlap> overlaps = new ConcurrentSkipListMap<>();
    private final Map<String, RoutingRow> rows;

    Analyzer(RuleSet ruleSet) {
        this.rows = new TreeMap<>();
        RuleSetLoader.rows(ruleSet).forEach(r -> rows.put(r.name(), r));
    }

    @Override
    public void observe(Sample sample, Evaluation e) {
        fired.addAll(e.firedRules());
        e.pathway().steps().forEach(s -> reached.add(s.service().id()));
        if (sample.need() != null && e.pathway().unmatchedNeeds().contains(sample.need())) {
            int age = e.family().ageMonths();
            gaps.computeIfAbsent(sample.need() + "|" + band(age) + "|" + sample.severity(), k -> new ConcurrentSkipListSet<>())
                    .add(age);
        }
        List<Evaluation.Proposed> proposed = e.proposals().stream().filter(p -> rows.containsKey(p.ruleId())).toList();
        for (int i = 0; i < proposed.size(); i++) {
            for (int j = i + 1; j < proposed.size(); j++) {
                Evaluation.Proposed a = proposed.get(i);
                Evaluation.Proposed b = proposed.get(j);
                if (!a.service().equals(b.service()) || rows.get(a.ruleId()).need() != rows.get(b.ruleId()).need()
                        || a.urgency() == b.urgency() && a.tier() == b.tier()) {
                    continue;
                }
                Evaluation.Proposed first = a.ruleId().compareTo(b.ruleId()) < 0 ? a : b;
                Evaluation.Proposed second = first == a ? b : a;
                // Most families repeat an overlap already seen: describe it (with the family) only the first time.
                overlaps.computeIfAbsent(first.ruleId() + "|" + second.ruleId(), k -> new Analysis.Overlap(first.ruleId(),
                        second.ruleId(), a.service(), first.urgency() + " " + first.tier(), second.urgency() + " " + second.tier(),
                        sample.request().toString()));
            }
        }
    }

    Analysis analysis(RuleSet ruleSet, List<String> ruleNames, List<ScenarioResult> scenarios) {
        Set<String> allFired = new TreeSet<>(fired);
        Set<String> allReached = new TreeSet<>(reached);
        scenarios.forEach(r -> {
            allFired.addAll(r.firedRules());
            allReached.addAll(r.services());
        });
        List<Analysis.Gap> unrouted = gaps.entrySet().stream().map(g -> {
            String[] key = g.getKey().split("\\|");
            return new Analysis.Gap(key[0], key[1], key[2], List.copyOf(new TreeSet<>(g.getValue())));
        }).toList();
        List<String> unreached = ruleSet.catalog().services().stream().map(s -> s.id()).filter(id -> !allReached.contains(id)).toList();
        List<String> never = ruleNames.stream().filter(r -> !allFired.contains(r)).toList();
        return new Analysis(unrouted, unreached, never, List.copyOf(overlaps.values()));
    }

    static String band(int age) {
        if (age < 0) {
            return "expecting";
        }
        if (age < 12) {
            return "0–11";
        }
        if (age < 36) {
            return "12–35";
        }
        return age < 72 ? "36–71" : "72–" + SuggestionRequest.MAX_CHILD_AGE_MONTHS;
    }
}
