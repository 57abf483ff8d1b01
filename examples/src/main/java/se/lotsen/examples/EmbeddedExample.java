package se.lotsen.examples;

import java.io.PrintStream;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Reason;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Severity;
import se.lotsen.core.Step;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.RuleSetLoader;

/**
 * Lotsen embedded in a Java program: load the default rule set, build the engine once, ask.
 * "She never sleeps, money is tight, we fight at home" for a 14-month-old.
 */
public final class EmbeddedExample {
    private EmbeddedExample() {
    }

    public static void main(String[] args) {
        print(suggest(), System.out);
    }

    static Pathway suggest() {
        // Build once (it compiles the rules); suggest() is thread-safe and does no I/O.
        PathwayEngine engine = PathwayEngine.builder()
                .ruleSet(RuleSetLoader.defaultRuleSet())
                .build();
        SuggestionRequest request = SuggestionRequest.builder()
                .childAgeMonths(14)
                .need(NeedCategory.SLEEP, Severity.SEVERE)
                .need(NeedCategory.FINANCES)
                .need(NeedCategory.RELATIONSHIP)
                .risks(RiskFactor.PARENTAL_CONFLICT, RiskFactor.FINANCIAL_HARDSHIP)
                .build();
        return engine.suggest(request);
    }

    static void print(Pathway pathway, PrintStream out) {
        out.printf("Regelverk %s %s, risknivå %s, brådska %s%n", pathway.ruleSetId(), pathway.ruleSetVersion(),
                pathway.riskLevel().label().sv(), pathway.urgency().label().sv());
        if (pathway.safeguarding().concern()) {
            out.println("ORO FÖR BARNETS SÄKERHET: " + pathway.safeguarding().duty().sv());
        }
        for (Step step : pathway.steps()) {
            out.printf("%d. %s – %s, %s%n", step.order(), step.service().name().sv(),
                    step.urgency().label().sv(), step.tier().label().sv());
            for (Reason reason : step.reasons()) {
                out.printf("   %s (%s)%n", reason.sv(), reason.ruleId());
            }
        }
    }
}
