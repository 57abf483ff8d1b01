package se.lotsen.policy.properties;

import java.util.List;
import java.util.Optional;
import se.lotsen.core.Evaluation;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.NotedFactor;
import se.lotsen.core.Pathway;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Severity;
import se.lotsen.core.Step;
import se.lotsen.core.Urgency;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.RiskFloor;
import se.lotsen.core.vocabulary.EpdsFact;
import se.lotsen.core.vocabulary.Family;

/** Whether a property speaks about one evaluated family, and whether its pathway keeps it. */
final class PropertyCheck {
    private PropertyCheck() {
    }

    static boolean applies(Property.When when, Evaluation e) {
        Family family = e.family();
        Pathway pathway = e.pathway();
        for (RiskFactor risk : when.riskFactors()) {
            if (!family.hasRisk(risk)) {
                return false;
            }
        }
        for (ProtectiveFactor protection : when.protectiveFactors()) {
            if (!family.hasProtection(protection)) {
                return false;
            }
        }
        for (NeedCategory need : when.needs()) {
            if (when.severity() == null ? !family.hasNeed(need) : !family.hasNeedAtLeast(need, when.severity())) {
                return false;
            }
        }
        if (when.expecting() != null && when.expecting() != family.expecting()) {
            return false;
        }
        if (when.ageMonths() != null && (family.expecting()
                || when.ageMonths().from() != null && family.ageMonths() < when.ageMonths().from()
                || when.ageMonths().to() != null && family.ageMonths() > when.ageMonths().to())) {
            return false;
        }
        if (!inRange(when.severeNeeds(), RiskFloor.severeNeedsOf(family))
                || when.needsAtMost() != null && (family.needs().isEmpty()
                        || family.needs().values().stream().anyMatch(s -> s.compareTo(when.needsAtMost()) > 0))
                || when.noRiskFactors() != null && when.noRiskFactors() != family.risks().isEmpty()) {
            return false;
        }
        EpdsFact epds = e.epds();
        if ((when.epdsValidatedForm() != null || when.epdsTotal() != null) && (epds == null
                || when.epdsValidatedForm() != null && when.epdsValidatedForm() != epds.validatedForm()
                || !inRange(when.epdsTotal(), epds.total()))) {
            return false;
        }
        return matches(when.epdsPositive(), family.epdsPositive())
                && matches(when.selfHarmThoughts(), family.selfHarmThoughts())
                && matches(when.violence(), family.violence())
                && matches(when.inPreschoolClass(), family.inPreschoolClass())
                && matches(when.safeguarding(), pathway.safeguarding().concern());
    }

    private static boolean inRange(Property.Range range, int value) {
        return range == null || (range.from() == null || value >= range.from()) && (range.to() == null || value <= range.to());
    }

    private static boolean matches(Boolean wanted, boolean actual) {
        return wanted == null || wanted == actual;
    }

    /** Why the pathway breaks the property, or empty when it keeps it. */
    static Optional<String> broken(Property property, Evaluation e, ServiceCatalog catalog) {
        return broken(property, e, catalog, services(e));
    }

    /** The services of the pathway's steps, worked out once per family for all its properties. */
    static List<String> services(Evaluation e) {
        return e.pathway().steps().stream().map(s -> s.service().id()).toList();
    }

    static Optional<String> broken(Property property, Evaluation e, ServiceCatalog catalog, List<String> services) {
        Property.Then then = property.then();
        Pathway p = e.pathway();
        for (String excluded : then.excludes()) {
            if (services.contains(excluded)) {
                return Optional.of("a step goes to " + excluded);
            }
        }
        for (String included : then.includes()) {
            if (!services.contains(included)) {
                return Optional.of("no step goes to " + included);
            }
        }
        if (!then.includesAnyOf().isEmpty() && then.includesAnyOf().stream().noneMatch(services::contains)) {
            return Optional.of("no step goes to any of " + then.includesAnyOf());
        }
        if (then.riskLevelAtLeast() != null && p.riskLevel().compareTo(then.riskLevelAtLeast()) < 0) {
            return Optional.of("the risk level is " + p.riskLevel());
        }
        if (then.needUrgencyAtMost() != null) {
            for (NeedCategory need : property.when().needs()) {
                Optional<Urgency> soonest = p.steps().stream().filter(s -> s.needs().contains(need)).map(Step::urgency).min(Urgency::compareTo);
                if (soonest.isEmpty() || then.needUrgencyAtMost().isSoonerThan(soonest.get())) {
                    return Optional.of("the soonest step for " + need + " is " + soonest.map(Enum::name).orElse("missing"));
                }
            }
        }
        if (then.severeNeedUrgencyAtMost() != null) {
            for (var need : e.family().needs().entrySet()) {
                if (need.getValue() != Severity.SEVERE) {
                    continue;
                }
                Optional<Urgency> soonest = p.steps().stream().filter(s -> s.needs().contains(need.getKey())).map(Step::urgency)
                        .min(Urgency::compareTo);
                if (soonest.isEmpty() || then.severeNeedUrgencyAtMost().isSoonerThan(soonest.get())) {
                    return Optional.of("the severe need " + need.getKey() + " is served " + soonest.map(Enum::name).orElse("by no step"));
                }
            }
        }
        if (Boolean.TRUE.equals(then.firstStepSafeguarding()) && (p.steps().isEmpty() || !p.steps().get(0).safeguarding())) {
            return Optional.of("the first step is " + (p.steps().isEmpty() ? "missing" : p.steps().get(0).service().id()
                    + ", not a safeguarding step"));
        }
        if (then.safeguardingUrgencyAtMost() != null) {
            for (Step step : p.steps()) {
                if (step.safeguarding() && then.safeguardingUrgencyAtMost().isSoonerThan(step.urgency())) {
                    return Optional.of("the safeguarding step to " + step.service().id() + " is " + step.urgency());
                }
            }
        }
        if (then.concern() != null && then.concern() != p.safeguarding().concern()) {
            return Optional.of(then.concern() ? "no safeguarding concern is raised" : "a safeguarding concern is raised");
        }
        if (Boolean.TRUE.equals(then.everyNeedServed())) {
            for (NeedCategory need : e.family().needs().keySet()) {
                if (p.steps().stream().noneMatch(s -> s.needs().contains(need))) {
                    return Optional.of("no step serves " + need);
                }
            }
            if (p.steps().isEmpty()) {
                return Optional.of("the pathway is empty");
            }
        }
        if (Boolean.TRUE.equals(then.stepsServeFamily())) {
            for (Step step : p.steps()) {
                Optional<Service> service = catalog.service(step.service().id());
                if (service.isEmpty()) {
                    return Optional.of("a step goes to " + step.service().id() + ", which is not in the catalog");
                }
                if (!step.safeguarding() && !service.get().serves(e.family().ageMonths(), e.family().inPreschoolClass())) {
                    return Optional.of("a step goes to " + step.service().id() + ", which does not serve this child's age or school stage");
                }
            }
        }
        if (then.notSoonerThan() != null) {
            Property.NotSooner rule = then.notSoonerThan();
            for (Step step : p.steps()) {
                boolean concerned = rule.services().contains(step.service().id()) || rule.kinds().contains(step.service().kind());
                if (concerned && !step.safeguarding() && step.urgency().isSoonerThan(rule.urgency())) {
                    return Optional.of("the step to " + step.service().id() + " is " + step.urgency());
                }
            }
        }
        if (then.riskLevelAtMost() != null && p.riskLevel().compareTo(then.riskLevelAtMost()) > 0) {
            return Optional.of("the risk level is " + p.riskLevel());
        }
        for (Step step : p.steps()) {
            if (then.tierAtMost() != null && step.tier().compareTo(then.tierAtMost()) > 0) {
                return Optional.of("the step to " + step.service().id() + " is " + step.tier());
            }
            if (then.noStepSoonerThan() != null && step.urgency().isSoonerThan(then.noStepSoonerThan())) {
                return Optional.of("the step to " + step.service().id() + " is " + step.urgency());
            }
        }
        if (!then.notesAnyOf().isEmpty() && p.notes().stream().noneMatch(n -> then.notesAnyOf().contains(n.ruleId()))) {
            return Optional.of("no note from any of " + then.notesAnyOf());
        }
        for (ProtectiveFactor factor : then.withholdsAdviceFor()) {
            Optional<NotedFactor> noted = p.protectiveFactors().stream().filter(f -> f.code() == factor).findFirst();
            if (noted.isPresent() && noted.get().advice() != null) {
                return Optional.of("the advice on " + factor + " is given");
            }
        }
        return Optional.empty();
    }
}
