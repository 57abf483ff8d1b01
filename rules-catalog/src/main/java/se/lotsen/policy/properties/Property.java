package se.lotsen.policy.properties;

import java.util.List;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.catalog.ServiceKind;

/**
 * A safety property: for every family that matches {@code when}, the pathway satisfies
 * {@code then}. Scenarios check one family each; properties check every family validation
 * generates.
 *
 * @param file the property file inside the rule set
 * @param line the line where the property starts
 */
public record Property(String file, int line, String id, String why, When when, Then then) {

    /**
     * Which families the property speaks about; every key given must hold, an omitted key holds for all.
     *
     * @param riskFactors       all of these ticked
     * @param protectiveFactors all of these ticked
     * @param needs             these needs expressed (at {@code severity} or worse, when given)
     * @param severity          with {@code needs}: at this severity or worse
     * @param expecting         the family is (true) or is not (false) expecting
     * @param ageMonths         the child's age lies in this range (expecting families never match)
     * @param epdsPositive      an EPDS at or above its form's cut-off (true) or not (false)
     * @param selfHarmThoughts  EPDS item 10 above 0
     * @param violence          violence as staff mean it (the risk factor or the need)
     * @param inPreschoolClass  the child has started förskoleklass
     * @param safeguarding      the pathway raised a safeguarding concern
     * @param severeNeeds       how many needs are at SEVERE lies in this range
     * @param needsAtMost       the family has a need, and every need is at this severity or milder
     * @param noRiskFactors     no risk factor is ticked (true) or at least one is (false)
     * @param epdsValidatedForm an EPDS on a form with a validated cut-off (true) or without one, or unlisted (false);
     *                          a family without an EPDS matches neither
     * @param epdsTotal         the EPDS total lies in this range (a family without an EPDS never matches)
     */
    public record When(List<RiskFactor> riskFactors, List<ProtectiveFactor> protectiveFactors, List<NeedCategory> needs,
                       Severity severity, Boolean expecting, Range ageMonths, Boolean epdsPositive,
                       Boolean selfHarmThoughts, Boolean violence, Boolean inPreschoolClass, Boolean safeguarding,
                       Range severeNeeds, Severity needsAtMost, Boolean noRiskFactors, Boolean epdsValidatedForm,
                       Range epdsTotal) {
        public When {
            riskFactors = riskFactors == null ? List.of() : List.copyOf(riskFactors);
            protectiveFactors = protectiveFactors == null ? List.of() : List.copyOf(protectiveFactors);
            needs = needs == null ? List.of() : List.copyOf(needs);
        }
    }

    /** Both ends included. */
    public record Range(Integer from, Integer to) {
    }

    /**
     * What the pathway must show; every key given must hold.
     *
     * @param excludes                 none of these services in any step
     * @param includes                 each of these services in some step
     * @param includesAnyOf            at least one of these services in some step
     * @param riskLevelAtLeast         the pathway's risk level is at least this
     * @param needUrgencyAtMost        with {@code when.needs}: the soonest step serving each need is this soon or sooner
     * @param severeNeedUrgencyAtMost  every need of the request at SEVERE has a step serving it this soon or sooner
     * @param firstStepSafeguarding    the first step is a safeguarding step
     * @param safeguardingUrgencyAtMost every safeguarding step is this soon or sooner
     * @param concern                  the safeguarding concern is raised (true) or not (false)
     * @param everyNeedServed          every need of the request is served by some step
     * @param stepsServeFamily         every routed step's service serves the child's age and school stage
     * @param notSoonerThan            steps to these kinds of service (or these services) are never sooner than the urgency
     * @param withholdsAdviceFor       the advice on these protective factors is withheld
     * @param riskLevelAtMost          the pathway's risk level is at most this (over-escalation is a harm too)
     * @param tierAtMost               no step is at a tier above this
     * @param noStepSoonerThan         no step is sooner than this
     * @param notesAnyOf               the pathway carries a note from at least one of these rules
     */
    public record Then(List<String> excludes, List<String> includes, List<String> includesAnyOf, RiskLevel riskLevelAtLeast,
                       Urgency needUrgencyAtMost, Urgency severeNeedUrgencyAtMost, Boolean firstStepSafeguarding, Urgency safeguardingUrgencyAtMost,
                       Boolean concern, Boolean everyNeedServed, Boolean stepsServeFamily, NotSooner notSoonerThan,
                       List<ProtectiveFactor> withholdsAdviceFor, RiskLevel riskLevelAtMost, Tier tierAtMost,
                       Urgency noStepSoonerThan, List<String> notesAnyOf) {
        public Then {
            notesAnyOf = notesAnyOf == null ? List.of() : List.copyOf(notesAnyOf);
            excludes = excludes == null ? List.of() : List.copyOf(excludes);
            includes = includes == null ? List.of() : List.copyOf(includes);
            includesAnyOf = includesAnyOf == null ? List.of() : List.copyOf(includesAnyOf);
            withholdsAdviceFor = withholdsAdviceFor == null ? List.of() : List.copyOf(withholdsAdviceFor);
        }
    }

    /** Steps to these kinds of service, or these services, are never sooner than {@code urgency}. */
    public record NotSooner(Urgency urgency, List<ServiceKind> kinds, List<String> services) {
        public NotSooner {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            services = services == null ? List.of() : List.copyOf(services);
        }
    }
}
