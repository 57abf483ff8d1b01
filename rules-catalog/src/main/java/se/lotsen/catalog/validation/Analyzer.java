package se.lotsen.catalog.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.lotsen.catalog.ScenarioResult;
import se.lotsen.core.Evaluation;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Step;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/** Runs the generated grid and the scenario results through the questions a policy owner asks. */
final class Analyzer {
    private static final int MAX_RUNTIME_ERRORS = 10;

    private Analyzer() {
    }

    record Outcome(Analysis analysis, List<Problem> runtimeErrors) {
    }

    static Outcome analyze(PathwayEngine engine, RuleSet ruleSet, List<ScenarioResult> scenarioResults) {
        Set<String> scenarioFired = new TreeSet<>();
        scenarioResults.forEach(r -> scenarioFired.addAll(r.firedRules()));
        Set<String> fired = new TreeSet<>(scenarioFired);
        Set<String> reached = new TreeSet<>();
        scenarioResults.forEach(r -> reached.addAll(r.services()));
        Map<String, TreeSet<Integer>> gaps = new TreeMap<>();
        Map<String, Analysis.Overlap> overlaps = new LinkedHashMap<>();
        List<Problem> runtimeErrors = new ArrayList<>();

        List<Grid.Case> cases = Grid.cases(true);
        for (Grid.Case c : cases) {
            Evaluation e;
            try {
                e = engine.evaluate(c.request());
            } catch (RuntimeException failure) {
                if (runtimeErrors.size() < MAX_RUNTIME_ERRORS) {
                    runtimeErrors.add(new Problem("rules/", 0, "the rules fail for " + c.description() + ": "
                            + failure.getMessage()));
                }
                continue;
            }
            fired.addAll(e.firedRules());
            e.pathway().steps().stream().map(Step::service).forEach(s -> reached.add(s.id()));
            if (e.pathway().unmatchedNeeds().contains(c.need())) {
                gaps.computeIfAbsent(c.need() + "|" + Grid.Band.of(c.age()).label() + "|" + c.severity(),
                        k -> new TreeSet<>()).add(c.age());
            }
            findOverlaps(e, c.description(), overlaps);
        }
        List<Analysis.Gap> unrouted = gaps.entrySet().stream().map(g -> {
            String[] key = g.getKey().split("\\|");
            return new Analysis.Gap(key[0], key[1], key[2], List.copyOf(g.getValue()));
        }).toList();
        List<String> ruleNames = engine.ruleNames();
        List<String> unreached = ruleSet.catalog().services().stream().map(Service::id)
                .filter(id -> !reached.contains(id))
                .toList();
        List<String> uncovered = ruleNames.stream().filter(r -> !scenarioFired.contains(r)).toList();
        List<String> neverFired = ruleNames.stream().filter(r -> !fired.contains(r)).toList();
        return new Outcome(new Analysis(unrouted, unreached, uncovered, neverFired, List.copyOf(overlaps.values()),
                cases.size()), runtimeErrors);
    }

    /** Two rules sending one request to one service with different urgency or tier. */
    private static void findOverlaps(Evaluation e, String example, Map<String, Analysis.Overlap> overlaps) {
        List<Evaluation.Proposed> routed = e.proposals().stream().filter(p -> !p.safeguarding()).toList();
        for (int i = 0; i < routed.size(); i++) {
            for (int j = i + 1; j < routed.size(); j++) {
                Evaluation.Proposed a = routed.get(i);
                Evaluation.Proposed b = routed.get(j);
                if (!a.service().equals(b.service()) || a.ruleId().equals(b.ruleId())) {
                    continue;
                }
                String outcomeA = a.urgency() + " " + a.tier();
                String outcomeB = b.urgency() + " " + b.tier();
                if (outcomeA.equals(outcomeB)) {
                    continue;
                }
                boolean ordered = a.ruleId().compareTo(b.ruleId()) < 0;
                Evaluation.Proposed first = ordered ? a : b;
                Evaluation.Proposed second = ordered ? b : a;
                overlaps.putIfAbsent(first.ruleId() + "|" + second.ruleId() + "|" + a.service(),
                        new Analysis.Overlap(first.ruleId(), second.ruleId(), a.service(),
                                first.urgency() + " " + first.tier(), second.urgency() + " " + second.tier(), example));
            }
        }
    }
}
