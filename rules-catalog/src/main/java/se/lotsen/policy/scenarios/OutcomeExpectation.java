package se.lotsen.policy.scenarios;

import java.util.List;
import java.util.function.Function;
import se.lotsen.core.Contact;
import se.lotsen.core.Evaluation;
import se.lotsen.core.Pathway;
import se.lotsen.core.Reason;
import se.lotsen.core.Step;
import se.lotsen.policy.scenarios.Scenario.Expectation;
import se.lotsen.policy.scenarios.Scenario.StepExpectation;

/**
 * The expectation a scenario would need to hold for the pathway it gets now ("uppdatera förväntan"):
 * the same checks the owner wrote, each with the value that came. Nothing is added that she did not ask
 * about: a risk level is only expected again if one was, steps keep the attributes she named, an included
 * step whose service is gone is dropped rather than replaced by some other service, a rule that no longer
 * fires stops being required.
 */
public final class OutcomeExpectation {
    private OutcomeExpectation() {
    }

    public static Expectation of(Expectation old, Evaluation evaluation) {
        Pathway p = evaluation.pathway();
        List<Step> steps = p.steps();
        return new Expectation(
                old.riskLevel() == null ? null : p.riskLevel(),
                old.urgency() == null ? null : p.urgency(),
                old.concern() == null ? null : p.safeguarding().concern(),
                old.steps() == null ? null : like(old.steps(), steps),
                old.firstSteps() == null ? null : like(old.firstSteps(), steps.subList(0, Math.min(old.firstSteps().size(), steps.size()))),
                old.includes() == null ? null : orNull(old.includes().stream().map(e -> included(e, steps)).filter(e -> e != null).toList()),
                old.excludes() == null ? null : orNull(old.excludes().stream()
                        .filter(s -> steps.stream().noneMatch(step -> step.service().id().equals(s))).toList()),
                old.rules() == null ? null : orNull(old.rules().stream().filter(evaluation.firedRules()::contains).toList()),
                old.unmatchedNeeds() == null ? null : p.unmatchedNeeds(),
                old.contacts() == null ? null : ids(p.safeguarding().contacts(), Contact::id),
                old.notes() == null ? null : orNull(old.notes().stream()
                        .filter(n -> p.notes().stream().map(Reason::ruleId).anyMatch(n::equals)).toList()),
                old.withheldAdvice() == null ? null : orNull(old.withheldAdvice().stream()
                        .filter(f -> p.protectiveFactors().stream().noneMatch(g -> g.code() == f && g.advice() != null)).toList()));
    }

    /** The scenario with the expectation it would need now. */
    public static Scenario updated(Scenario scenario, Evaluation evaluation) {
        return new Scenario(scenario.file(), scenario.line(), scenario.name(), scenario.why(), scenario.date(), scenario.request(),
                of(scenario.expect(), evaluation));
    }

    /** The actual steps, each with the attributes the old expectation spoke of (so the row reads as before). */
    private static List<StepExpectation> like(List<StepExpectation> old, List<Step> actual) {
        boolean urgency = old.stream().anyMatch(e -> e.urgency() != null);
        boolean tier = old.stream().anyMatch(e -> e.tier() != null);
        boolean safeguarding = old.stream().anyMatch(e -> e.safeguarding() != null);
        boolean interpreter = old.stream().anyMatch(e -> e.interpreter() != null);
        return actual.stream().map(s -> new StepExpectation(s.service().id(), urgency ? s.urgency() : null, tier ? s.tier() : null,
                safeguarding ? s.safeguarding() : null, interpreter ? s.interpreter() : null)).toList();
    }

    /** An included step as it holds now: kept, its attributes taken from the step with its service, or gone (null). */
    private static StepExpectation included(StepExpectation e, List<Step> actual) {
        if (actual.stream().anyMatch(s -> Expectations.matches(e, s))) {
            return e;
        }
        return actual.stream().filter(s -> s.service().id().equals(e.service())).findFirst()
                .map(s -> new StepExpectation(e.service(), e.urgency() == null ? null : s.urgency(), e.tier() == null ? null : s.tier(),
                        e.safeguarding() == null ? null : s.safeguarding(), e.interpreter() == null ? null : s.interpreter()))
                .orElse(null);
    }

    private static <T> List<T> orNull(List<T> items) {
        return items.isEmpty() ? null : items;
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }
}
