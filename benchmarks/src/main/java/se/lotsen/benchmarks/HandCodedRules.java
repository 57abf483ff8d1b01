package se.lotsen.benchmarks;

import java.util.List;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.internal.Evaluator;
import se.lotsen.core.internal.RecordedAdvice;
import se.lotsen.core.vocabulary.Advice;
import se.lotsen.core.vocabulary.EpdsFact;
import se.lotsen.core.vocabulary.Family;
import se.lotsen.core.vocabulary.NeedFact;

/**
 * The baseline: the default rule set's DRL rules (safeguarding, EPDS, escalation, risk routes,
 * interpreter) written by hand as Java if-statements, plugged into the engine in place of Drools.
 * Validation, facts, the routing tables and the assembly are the engine's own, so what the engine
 * costs over this is what Drools costs. {@code HandCodedRulesTest} holds that both give the same steps
 * on the benchmark mix and the whole grid. Reason texts are placeholders: they do not change the
 * routing, and EPDS texts would only add string concatenation.
 */
public final class HandCodedRules implements Evaluator.Rules {
    private static final String T = "-";

    @Override
    public long run(Family f, List<NeedFact> needs, EpdsFact e, RecordedAdvice out) {
        long start = System.nanoTime();
        safeguarding(f, needs, e, out);
        if (e != null) {
            epds(f, e, out);
        }
        escalation(f, out);
        riskRoutes(f, out);
        if (f.hasRisk(RiskFactor.LANGUAGE_BARRIER)) {
            out.interpreter("interpreter-language-barrier", T, T);
        }
        return System.nanoTime() - start;
    }

    private static void safeguarding(Family f, List<NeedFact> needs, EpdsFact e, Advice out) {
        if (f.violence()) {
            String rule = f.expecting() ? "safeguarding-violence-expecting" : "safeguarding-violence";
            out.safeguard(rule, NeedCategory.SAFETY, "VIOLENCE_SUPPORT", Urgency.SAME_DAY, T, T);
            out.safeguard(rule, NeedCategory.SAFETY, "SOCIAL_SERVICES_CHILD_PROTECTION", Urgency.SAME_DAY, T, T);
            for (String contact : new String[] {"KVINNOFRIDSLINJEN", "BROTTSOFFERJOUREN", "VALJ_ATT_SLUTA", "EMERGENCY_112",
                "SOCIAL_SERVICES_DUTY"}) {
                out.contact(rule, contact);
            }
        }
        for (NeedFact need : needs) {
            if (need.category() == NeedCategory.SAFETY && need.severity() == Severity.SEVERE) {
                out.safeguard("safeguarding-violence-acute", NeedCategory.SAFETY, "SOCIAL_SERVICES_CHILD_PROTECTION", Urgency.EMERGENCY, T, T);
                out.contact("safeguarding-violence-acute", "EMERGENCY_112");
            }
        }
        if (e != null && e.item10() > 0) {
            out.safeguard("safeguarding-epds-self-harm", NeedCategory.PARENT_WELLBEING, "PRIMARY_CARE_MENTAL_HEALTH", Urgency.SAME_DAY, T, T);
            for (String contact : new String[] {"MIND_SJALVMORDSLINJEN", "HEALTHCARE_1177", "EMERGENCY_112", "SOCIAL_SERVICES_DUTY"}) {
                out.contact("safeguarding-epds-self-harm", contact);
            }
        }
        if (e != null && e.item10() == 3) {
            out.safeguard("safeguarding-epds-self-harm-often", NeedCategory.PARENT_WELLBEING, "PSYCHIATRIC_EMERGENCY", Urgency.EMERGENCY, T, T);
            out.contact("safeguarding-epds-self-harm-often", "MIND_SJALVMORDSLINJEN");
            out.contact("safeguarding-epds-self-harm-often", "EMERGENCY_112");
        }
        if (f.staffConcern()) {
            out.safeguard("safeguarding-staff-concern", null, "SOCIAL_SERVICES_CHILD_PROTECTION", Urgency.SAME_DAY, T, T);
            out.contact("safeguarding-staff-concern", "SOCIAL_SERVICES_DUTY");
        }
        if (f.substanceMisuse() && (f.infant() || f.severeNeed())) {
            String rule = f.infant() ? "safeguarding-substance-infant" : "safeguarding-substance-severe";
            out.safeguard(rule, NeedCategory.SUBSTANCE, "ADDICTION_SERVICES", Urgency.SAME_DAY, T, T);
            out.safeguard(rule, NeedCategory.SUBSTANCE, "SOCIAL_SERVICES_CHILD_PROTECTION", Urgency.SAME_DAY, T, T);
            out.contact(rule, "SOCIAL_SERVICES_DUTY");
        }
    }

    private static void epds(Family f, EpdsFact e, Advice out) {
        if (e.positive() && !e.duringPregnancy() && !e.wellAbove() && !f.inPreschoolClass()) {
            out.route("epds-positive-bvc", NeedCategory.PARENT_WELLBEING, "BVC_NURSE", Urgency.WITHIN_WEEK, Tier.SELECTIVE, T, T);
        }
        if (e.positive() && !e.duringPregnancy() && f.inPreschoolClass()) {
            out.route("epds-positive-after-bvc", NeedCategory.PARENT_WELLBEING, "PRIMARY_CARE_MENTAL_HEALTH",
                    e.wellAbove() ? Urgency.SAME_DAY : Urgency.WITHIN_WEEK, Tier.INDICATED, T, T);
        }
        if (e.moderateToSevere() && !e.duringPregnancy() && !f.inPreschoolClass()) {
            String rule = "epds-moderate-to-severe";
            out.route(rule, NeedCategory.PARENT_WELLBEING, "BVC_PSYCHOLOGIST", Urgency.WITHIN_WEEK, Tier.INDICATED, T, T);
            out.route(rule, NeedCategory.PARENT_WELLBEING, "PRIMARY_CARE_MENTAL_HEALTH", Urgency.WITHIN_WEEK, Tier.INDICATED, T, T);
            out.route(rule, NeedCategory.PARENT_WELLBEING, "INFANT_MENTAL_HEALTH", Urgency.ROUTINE, Tier.INDICATED, T, T);
            out.note(rule, T, T);
        }
        if (e.wellAbove() && !e.duringPregnancy() && !f.inPreschoolClass()) {
            out.route("epds-well-above", NeedCategory.PARENT_WELLBEING, "BVC_NURSE", Urgency.SAME_DAY, Tier.INDICATED, T, T);
            out.route("epds-well-above", NeedCategory.PARENT_WELLBEING, "PRIMARY_CARE_MENTAL_HEALTH", Urgency.SAME_DAY, Tier.INDICATED, T, T);
        }
        if (e.positive() && e.duringPregnancy()) {
            Urgency urgency = e.wellAbove() ? Urgency.SAME_DAY : Urgency.WITHIN_WEEK;
            out.route("epds-positive-in-pregnancy", NeedCategory.PARENT_WELLBEING, "MIDWIFE_CLINIC", urgency, Tier.SELECTIVE, T, T);
            out.route("epds-positive-in-pregnancy", NeedCategory.PARENT_WELLBEING, "PRIMARY_CARE_MENTAL_HEALTH", urgency, Tier.INDICATED, T, T);
        }
        if (!e.positive() && e.item10() == 0) {
            out.note("epds-below-cutoff", T, T);
        }
        if (e.listedForm() && !e.validatedForm()) {
            out.note("epds-form-not-validated", T, T);
        }
        if (!e.listedForm()) {
            out.note("epds-form-not-listed", T, T);
        }
    }

    private static void escalation(Family f, Advice out) {
        if (f.riskLevel() == RiskLevel.ELEVATED) {
            out.escalate("escalation-elevated", Tier.SELECTIVE, 0, T, T);
        }
        if (f.riskLevel() == RiskLevel.HIGH) {
            out.escalate("escalation-high", Tier.INDICATED, 1, T, T);
            out.route("escalation-high", null, "CENTRE_SOCIAL_WORKER", Urgency.WITHIN_WEEK, Tier.INDICATED, T, T);
        }
        if (f.riskLevel() != RiskLevel.LOW && f.ageMonths() <= 11) {
            out.route("escalation-extended-home-visits", null, "EXTENDED_HOME_VISITS", Urgency.WITHIN_WEEK, Tier.SELECTIVE, T, T);
        }
    }

    private static void riskRoutes(Family f, Advice out) {
        if (f.hasRisk(RiskFactor.SUBSTANCE_MISUSE)) {
            out.route("risk-substance-misuse", null, "ADDICTION_SERVICES", Urgency.WITHIN_WEEK, Tier.INDICATED, T, T);
            out.route("risk-substance-misuse", null, "CENTRE_SOCIAL_WORKER", Urgency.WITHIN_WEEK, Tier.SELECTIVE, T, T);
        }
        if (f.hasRisk(RiskFactor.CHILD_DEVELOPMENTAL_CONCERN)) {
            if (f.ageMonths() >= 0 && !f.inPreschoolClass()) {
                out.route("risk-developmental-concern-bvc", null, "BVC_NURSE", Urgency.WITHIN_WEEK, Tier.SELECTIVE, T, T);
                out.route("risk-developmental-concern-bvc", null, "BVC_DOCTOR", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
            }
            if (f.inPreschoolClass()) {
                out.route("risk-developmental-concern-school", null, "SCHOOL_HEALTH", Urgency.WITHIN_WEEK, Tier.SELECTIVE, T, T);
            }
            if (f.expecting()) {
                out.route("risk-developmental-concern-expecting", null, "MIDWIFE_CLINIC", Urgency.WITHIN_WEEK, Tier.SELECTIVE, T, T);
            }
        }
        if (f.hasRisk(RiskFactor.SOCIAL_ISOLATION)) {
            out.route("risk-social-isolation", null, "PARENT_GROUP_ICDP", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
            out.route("risk-social-isolation", null, "LIBRARY_LANGUAGE", Urgency.SELF_SERVICE, Tier.UNIVERSAL, T, T);
            if (!f.inPreschoolClass() && !f.hasProtection(ProtectiveFactor.PRESCHOOL_PLACE)) {
                out.route("risk-social-isolation-open-preschool", null, "OPEN_PRESCHOOL", Urgency.ROUTINE, Tier.UNIVERSAL, T, T);
            }
        }
        if (f.hasRisk(RiskFactor.HOUSING_INSTABILITY)) {
            out.route("risk-housing-instability", null, "CENTRE_SOCIAL_WORKER", Urgency.WITHIN_WEEK, Tier.SELECTIVE, T, T);
            out.route("risk-housing-instability", null, "ECONOMIC_ASSISTANCE", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
        }
        if (f.hasRisk(RiskFactor.NEWLY_ARRIVED)) {
            out.route("risk-newly-arrived", null, "CENTRE_SOCIAL_WORKER", Urgency.ROUTINE, Tier.UNIVERSAL, T, T);
            out.route("risk-newly-arrived", null, "SOCIAL_INSURANCE_INFO", Urgency.SELF_SERVICE, Tier.UNIVERSAL, T, T);
            out.route("risk-newly-arrived", null, "MIGRATION_AGENCY", Urgency.SELF_SERVICE, Tier.UNIVERSAL, T, T);
            out.route("risk-newly-arrived", null, "LIBRARY_LANGUAGE", Urgency.SELF_SERVICE, Tier.UNIVERSAL, T, T);
        }
        if (f.hasRisk(RiskFactor.YOUNG_PARENT)) {
            out.route("risk-young-parent", null, "YOUTH_CLINIC", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
            if (f.ageMonths() <= 35) {
                out.route("risk-young-parent-group", null, "PARENT_GROUP_ICDP", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
            }
        }
        if (f.hasRisk(RiskFactor.PREMATURE_OR_ILL_CHILD)) {
            if (f.ageMonths() >= 0 && !f.inPreschoolClass()) {
                out.route("risk-premature-or-ill-child-bvc", null, "BVC_DOCTOR", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
            }
            if (f.inPreschoolClass()) {
                out.route("risk-premature-or-ill-child-school", null, "SCHOOL_HEALTH", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
            }
        }
        if (f.hasRisk(RiskFactor.PARENTAL_DEPRESSION)) {
            out.route("risk-parental-depression", NeedCategory.PARENT_WELLBEING, "PRIMARY_CARE_MENTAL_HEALTH", Urgency.WITHIN_WEEK,
                    Tier.INDICATED, T, T);
        }
        if (f.hasRisk(RiskFactor.FINANCIAL_HARDSHIP)) {
            out.route("risk-financial-hardship", null, "BUDGET_DEBT_COUNSELLING", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
            out.route("risk-financial-hardship", null, "SOCIAL_INSURANCE_INFO", Urgency.SELF_SERVICE, Tier.UNIVERSAL, T, T);
        }
        if (f.hasRisk(RiskFactor.PARENTAL_CONFLICT)) {
            if (f.violence()) {
                out.route("risk-parental-conflict-with-violence", null, "CENTRE_SOCIAL_WORKER", Urgency.WITHIN_WEEK, Tier.INDICATED, T, T);
            } else {
                out.route("risk-parental-conflict", null, "FAMILY_COUNSELLING", Urgency.ROUTINE, Tier.SELECTIVE, T, T);
            }
        }
    }
}
