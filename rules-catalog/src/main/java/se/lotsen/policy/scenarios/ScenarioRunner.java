package se.lotsen.policy.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.lotsen.core.Contact;
import se.lotsen.core.Evaluation;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.NotedFactor;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Reason;
import se.lotsen.core.Step;
import se.lotsen.policy.Failures;
import se.lotsen.policy.scenarios.Scenario.Expectation;
import se.lotsen.policy.scenarios.Scenario.StepExpectation;

/** Runs scenarios against an engine and says, for each, what was expected and what came out. */
public final class ScenarioRunner {
    private final PathwayEngine engine;
    private final LocalDate referenceDay;

    /** @param referenceDay the day scenarios without a date of their own are run on */
    public ScenarioRunner(PathwayEngine engine, LocalDate referenceDay) {
        this.engine = engine;
        this.referenceDay = referenceDay;
    }

    /** Every scenario's result, in the scenarios' order (they run in parallel: the engine is thread-safe). */
    public List<ScenarioResult> runAll(List<Scenario> scenarios) {
        return scenarios.parallelStream().map(this::run).toList();
    }

    public ScenarioResult run(Scenario scenario) {
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(scenario.request(), scenario.date() == null ? referenceDay : scenario.date());
        } catch (InvalidRequestException e) {
            return new ScenarioResult(scenario, List.of("the request is invalid: " + e.getMessage()), List.of(), List.of());
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario, List.of("the rules failed: " + Failures.describe(e)), List.of(), List.of());
        }
        return new ScenarioResult(scenario, failures(scenario.expect(), evaluation), evaluation.firedRules(),
                evaluation.pathway().steps().stream().map(s -> s.service().id()).toList());
    }

    static List<String> failures(Expectation expect, Evaluation evaluation) {
        Pathway p = evaluation.pathway();
        List<String> failures = new ArrayList<>();
        check(failures, "riskLevel", expect.riskLevel(), p.riskLevel());
        check(failures, "urgency", expect.urgency(), p.urgency());
        check(failures, "concern", expect.concern(), p.safeguarding().concern());
        if (expect.steps() != null) {
            if (expect.steps().size() != p.steps().size() || !matchAll(expect.steps(), p.steps())) {
                failures.add("steps: expected " + describe(expect.steps()) + ", got " + describeSteps(p.steps()));
            }
        }
        if (expect.firstSteps() != null) {
            if (expect.firstSteps().size() > p.steps().size()
                    || !matchAll(expect.firstSteps(), p.steps().subList(0, expect.firstSteps().size()))) {
                failures.add("firstSteps: expected " + describe(expect.firstSteps()) + ", got " + describeSteps(p.steps()));
            }
        }
        if (expect.includes() != null) {
            for (StepExpectation e : expect.includes()) {
                if (p.steps().stream().noneMatch(s -> matches(e, s))) {
                    failures.add("includes: expected a step " + describe(List.of(e)) + ", got " + describeSteps(p.steps()));
                }
            }
        }
        if (expect.excludes() != null) {
            for (String service : expect.excludes()) {
                if (p.steps().stream().anyMatch(s -> s.service().id().equals(service))) {
                    failures.add("excludes: expected no step to " + service + ", got " + describeSteps(p.steps()));
                }
            }
        }
        if (expect.rules() != null) {
            for (String rule : expect.rules()) {
                if (!evaluation.firedRules().contains(rule)) {
                    failures.add("rules: expected rule " + rule + " to fire, fired " + evaluation.firedRules());
                }
            }
        }
        if (expect.unmatchedNeeds() != null) {
            check(failures, "unmatchedNeeds", expect.unmatchedNeeds(), p.unmatchedNeeds());
        }
        if (expect.contacts() != null) {
            check(failures, "contacts", expect.contacts(), ids(p.safeguarding().contacts(), Contact::id));
        }
        if (expect.notes() != null) {
            for (String note : expect.notes()) {
                if (p.notes().stream().noneMatch(n -> n.ruleId().equals(note))) {
                    failures.add("notes: expected a note from " + note + ", got " + ids(p.notes(), Reason::ruleId));
                }
            }
        }
        if (expect.withheldAdvice() != null) {
            for (var factor : expect.withheldAdvice()) {
                if (p.protectiveFactors().stream().anyMatch(f -> f.code() == factor && f.advice() != null)) {
                    failures.add("withheldAdvice: expected no advice for " + factor + ", got "
                            + p.protectiveFactors().stream().filter(f -> f.advice() != null).map(NotedFactor::code).toList());
                }
            }
        }
        return failures;
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    private static void check(List<String> failures, String what, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static boolean matchAll(List<StepExpectation> expected, List<Step> actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (!matches(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(StepExpectation e, Step s) {
        return e.service().equals(s.service().id())
                && (e.urgency() == null || e.urgency() == s.urgency())
                && (e.tier() == null || e.tier() == s.tier())
                && (e.safeguarding() == null || e.safeguarding() == s.safeguarding())
                && (e.interpreter() == null || e.interpreter() == s.interpreter());
    }

    private static String describe(List<StepExpectation> steps) {
        return steps.stream().map(e -> e.service()
                + (e.urgency() == null ? "" : " " + e.urgency())
                + (e.tier() == null ? "" : " " + e.tier())
                + (e.safeguarding() == null ? "" : e.safeguarding() ? " safeguarding" : " not-safeguarding")
                + (e.interpreter() == null ? "" : e.interpreter() ? " interpreter" : " no-interpreter")).toList().toString();
    }

    private static String describeSteps(List<Step> steps) {
        return steps.stream().map(s -> s.service().id() + " " + s.urgency() + " " + s.tier()
                + (s.safeguarding() ? " safeguarding" : "") + (s.interpreter() ? " interpreter" : "")).toList().toString();
    }
}
