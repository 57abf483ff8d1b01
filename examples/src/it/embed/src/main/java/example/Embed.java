package example;

import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.RuleSetLoader;

public class Embed {
    public static void main(String[] args) {
        // build once: it compiles the rules; suggest() is thread-safe and does no I/O
        PathwayEngine engine = PathwayEngine.builder().ruleSet(RuleSetLoader.defaultRuleSet()).build();
        Pathway pathway = engine.suggest(SuggestionRequest.builder()
                .childAgeMonths(14).need(NeedCategory.SLEEP, Severity.SEVERE).need(NeedCategory.FINANCES).build());
        pathway.steps().forEach(step -> System.out.println(step.order() + ". " + step.service().name().sv()
                + " (" + step.urgency().label().sv() + "): " + step.reasons().get(0).sv()));
    }
}
