package se.lotsen.catalog.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lotsen.catalog.Scenario;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;

/**
 * What changes for families between two rule sets: both run the scenarios of both and a grid of
 * generated requests (every need × severity × age band × risk profile); every request whose
 * pathway differs is listed with the steps before and after.
 */
public final class RuleSetDiff {
    private RuleSetDiff() {
    }

    /** One request whose pathway changed. */
    public record Change(String request, String before, String after) {
        @Override
        public String toString() {
            return request + System.lineSeparator() + "    - " + before + System.lineSeparator() + "    + " + after;
        }
    }

    public record Result(String oldVersion, String newVersion, int compared, List<Change> changes) {
        public String toText() {
            List<String> lines = new ArrayList<>();
            lines.add("Comparing " + oldVersion + " with " + newVersion + " on " + compared + " requests: "
                    + changes.size() + " pathway(s) change");
            changes.forEach(c -> lines.add(c.toString()));
            return String.join(System.lineSeparator(), lines);
        }
    }

    public static Result compare(PathwayEngine older, List<Scenario> olderScenarios,
                                 PathwayEngine newer, List<Scenario> newerScenarios) {
        Map<String, SuggestionRequest> requests = new LinkedHashMap<>();
        for (Scenario s : olderScenarios) {
            requests.putIfAbsent("scenario " + s.name() + " (" + s.file() + ")", s.request());
        }
        for (Scenario s : newerScenarios) {
            requests.putIfAbsent("scenario " + s.name() + " (" + s.file() + ")", s.request());
        }
        for (Grid.Case c : Grid.cases(false)) {
            requests.put(c.description(), c.request());
        }
        List<Change> changes = new ArrayList<>();
        requests.forEach((description, request) -> {
            String before = summary(older, request);
            String after = summary(newer, request);
            if (!before.equals(after)) {
                changes.add(new Change(description, before, after));
            }
        });
        return new Result(older.ruleSet().id() + " " + older.ruleSet().version(),
                newer.ruleSet().id() + " " + newer.ruleSet().version(), requests.size(), changes);
    }

    /** The parts of a pathway a family would notice: risk, safeguarding and the steps in order. */
    static String summary(PathwayEngine engine, SuggestionRequest request) {
        Pathway p;
        try {
            p = engine.suggest(request);
        } catch (InvalidRequestException e) {
            return "refused: " + e.getMessage();
        } catch (RuntimeException e) {
            return "fails: " + e.getMessage();
        }
        StringBuilder out = new StringBuilder().append(p.riskLevel()).append(" risk");
        if (p.safeguarding().concern()) {
            out.append(", SAFEGUARDING");
        }
        out.append(": ");
        p.steps().forEach(s -> out.append(s.order()).append(". ").append(s.service().id()).append(' ')
                .append(s.urgency()).append(' ').append(s.tier()).append(s.interpreter() ? " +interpreter" : "").append("  "));
        return out.toString().strip();
    }
}
