package se.lotsen.policy.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;

/**
 * A test a policy owner can read: one request, the outcome expected, and a sentence of why.
 *
 * @param file    the scenario file inside the rule set
 * @param line    the line where the scenario starts
 * @param name    short name, unique in the rule set (a layer removes a scenario by it)
 * @param why     why this outcome is right, for the reader
 * @param date    the day the family comes (null: a fixed reference day), which decides whether a child
 *                has started förskoleklass
 * @param request the request
 * @param expect  what the pathway must show; everything left out is not checked
 */
public record Scenario(String file, int line, String name, String why, LocalDate date, SuggestionRequest request,
                       Expectation expect) {

    /**
     * @param riskLevel      the pathway's risk level
     * @param urgency        the pathway's urgency (its soonest step)
     * @param concern        whether safeguarding.concern is set
     * @param steps          the exact steps in order (only the attributes given are checked)
     * @param firstSteps     the first steps in order
     * @param includes       steps that must be somewhere in the pathway
     * @param excludes       services that must not be in the pathway
     * @param rules          rules that must fire
     * @param unmatchedNeeds the needs no rule routed
     * @param contacts       the safeguarding contacts named
     * @param notes          rules whose notes the pathway must carry
     * @param withheldAdvice protective factors whose advice must be withheld
     */
    public record Expectation(
            RiskLevel riskLevel,
            Urgency urgency,
            Boolean concern,
            List<StepExpectation> steps,
            List<StepExpectation> firstSteps,
            List<StepExpectation> includes,
            List<String> excludes,
            List<String> rules,
            List<NeedCategory> unmatchedNeeds,
            List<String> contacts,
            List<String> notes,
            List<ProtectiveFactor> withheldAdvice) {
    }

    /** A step as a scenario describes it: the service, and whichever attributes matter. Written alone, just the service. */
    public record StepExpectation(String service, Urgency urgency, Tier tier, Boolean safeguarding, Boolean interpreter) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static StepExpectation of(String service) {
            return new StepExpectation(service, null, null, null, null);
        }
    }
}
