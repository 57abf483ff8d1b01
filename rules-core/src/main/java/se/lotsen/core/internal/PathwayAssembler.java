package se.lotsen.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lotsen.core.Contact;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.NotedFactor;
import se.lotsen.core.Pathway;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Reason;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Safeguarding;
import se.lotsen.core.ServiceRef;
import se.lotsen.core.Step;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.internal.facts.RiskAssessment;
import se.lotsen.core.ruleset.FallbackPolicy;
import se.lotsen.core.ruleset.RuleSet;

/**
 * Turns what the rules said into a pathway: checks each proposal against the catalog and the
 * child's age, applies escalations, merges steps to the same service, routes what is left to the
 * fallback, and orders the steps (safeguarding, urgency, tier, catalog order).
 */
final class PathwayAssembler {
    static final String FALLBACK_RULE = "fallback";
    private static final Comparator<Reason> BY_RULE = Comparator.comparing(Reason::ruleId)
            .thenComparing(Reason::sv).thenComparing(Reason::en);

    private final RuleSet ruleSet;

    PathwayAssembler(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    Pathway assemble(SuggestionRequest request, Outcome outcome) {
        RiskAssessment risk = outcome.riskAssessment();
        if (risk == null) {
            throw new IllegalStateException("rule set " + ruleSet.id() + " has no rule that assesses the risk level");
        }
        int age = FactBuilder.childAge(request);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Proposal proposal : outcome.proposals()) {
            Service service = service(proposal.service(), proposal.ruleId());
            // Safety first: a safeguarding step is kept even if the catalog's age range would exclude it.
            if (!proposal.safeguarding() && !service.ages().includes(age)) {
                continue;
            }
            Urgency urgency = parse(Urgency.class, proposal.urgency(), "urgency", proposal.ruleId());
            Tier tier = parse(Tier.class, proposal.tier(), "tier", proposal.ruleId());
            if (proposal.sv() == null || proposal.en() == null) {
                throw new IllegalStateException("rule " + proposal.ruleId() + " gives no reason in Swedish and English");
            }
            Reason reason = new Reason(proposal.ruleId(), proposal.sv(), proposal.en());
            drafts.computeIfAbsent(service.id(), id -> new Draft(service))
                    .add(proposal.safeguarding(), urgency, tier, need(proposal.needCategory()), reason);
        }
        for (Outcome.Escalation escalation : outcome.escalations()) {
            Tier floor = parse(Tier.class, escalation.minTier(), "tier", escalation.ruleId());
            drafts.values().forEach(d -> d.escalate(floor, escalation.soonerSteps(), escalation.reason()));
        }
        Set<NeedCategory> unmatched = EnumSet.noneOf(NeedCategory.class);
        unmatched.addAll(FactBuilder.needs(request).keySet());
        drafts.values().forEach(d -> unmatched.removeAll(d.needs));
        if (!unmatched.isEmpty() || drafts.isEmpty()) {
            FallbackPolicy fallback = ruleSet.manifest().fallback();
            Service service = service(fallback.service(), FALLBACK_RULE);
            Draft draft = drafts.computeIfAbsent(service.id(), id -> new Draft(service));
            draft.add(false, fallback.urgency(), service.tier(), null,
                    new Reason(FALLBACK_RULE, fallback.reason().sv(), fallback.reason().en()));
            draft.needs.addAll(unmatched);
        }
        List<Reason> interpreterReasons = outcome.interpreterReasons();
        List<Step> steps = orderedSteps(drafts.values(), request.language(), interpreterReasons);
        Urgency soonest = steps.stream().map(Step::urgency).min(Comparator.naturalOrder()).orElseThrow();
        return new Pathway(ruleSet.id(), ruleSet.version(), RiskLevel.valueOf(risk.level()), risk.score(), soonest,
                safeguarding(outcome), steps, protectiveFactors(request), List.copyOf(unmatched),
                outcome.notes().stream().sorted(BY_RULE).toList());
    }

    private List<Step> orderedSteps(java.util.Collection<Draft> drafts, String language, List<Reason> interpreterReasons) {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.<Draft, Boolean>comparing(d -> !d.safeguarding)
                .thenComparing(d -> d.urgency)
                .thenComparing(d -> d.tier)
                .thenComparingInt(d -> ruleSet.catalog().position(d.service.id())));
        List<Step> steps = new ArrayList<>();
        for (Draft d : ordered) {
            boolean interpreter = !interpreterReasons.isEmpty() && !d.service.speaks(language);
            List<Reason> reasons = new ArrayList<>(d.reasons.stream().sorted(BY_RULE).toList());
            reasons.addAll(d.escalationReasons);
            if (interpreter) {
                reasons.addAll(interpreterReasons);
            }
            Service s = d.service;
            steps.add(new Step(steps.size() + 1, new ServiceRef(s.id(), s.name(), s.access(), s.languages()),
                    d.urgency, d.tier, d.safeguarding, List.copyOf(d.needs), interpreter, reasons));
        }
        return steps;
    }

    private Safeguarding safeguarding(Outcome outcome) {
        if (outcome.concerns().isEmpty()) {
            return Safeguarding.none();
        }
        var policy = ruleSet.manifest().safeguarding();
        List<Contact> contacts = policy.contacts().stream().filter(c -> outcome.contacts().contains(c.id())).toList();
        return new Safeguarding(true, outcome.concerns().stream().sorted().toList(), policy.duty(), contacts);
    }

    private List<NotedFactor> protectiveFactors(SuggestionRequest request) {
        Set<ProtectiveFactor> present = EnumSet.noneOf(ProtectiveFactor.class);
        present.addAll(request.protectiveFactors());
        Map<ProtectiveFactor, se.lotsen.core.Text> advice = ruleSet.manifest().protectiveAdvice();
        return present.stream().map(f -> new NotedFactor(f, f.label(), advice.get(f))).toList();
    }

    private Service service(String id, String ruleId) {
        return ruleSet.catalog().service(id).orElseThrow(() -> new IllegalStateException(
                "rule " + ruleId + " routes to " + id + ", which is not in the service catalog"));
    }

    private static NeedCategory need(String category) {
        return category == null ? null : NeedCategory.valueOf(category);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what, String ruleId) {
        if (value == null) {
            throw new IllegalStateException("rule " + ruleId + " gives no " + what);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rule " + ruleId + " gives an unknown " + what + " " + value, e);
        }
    }

    /** A step being put together from every proposal to the same service. */
    private static final class Draft {
        final Service service;
        final Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
        final Set<Reason> reasons = new LinkedHashSet<>();
        final List<Reason> escalationReasons = new ArrayList<>();
        boolean safeguarding;
        Urgency urgency;
        Tier tier;

        Draft(Service service) {
            this.service = service;
        }

        void add(boolean safeguardingStep, Urgency proposedUrgency, Tier proposedTier, NeedCategory need, Reason reason) {
            safeguarding |= safeguardingStep;
            urgency = urgency == null || proposedUrgency.isSoonerThan(urgency) ? proposedUrgency : urgency;
            tier = tier == null ? proposedTier : tier.atLeast(proposedTier);
            if (need != null) {
                needs.add(need);
            }
            reasons.add(reason);
        }

        /** Safeguarding steps are already as soon and as targeted as they need to be. */
        void escalate(Tier floor, int soonerSteps, Reason reason) {
            if (safeguarding || reasons.stream().allMatch(r -> r.ruleId().equals(reason.ruleId()))) {
                return; // a rule does not escalate the step it adds itself
            }
            Tier raised = tier.atLeast(floor);
            Urgency sooner = urgency.sooner(soonerSteps);
            if (raised != tier || sooner != urgency) {
                tier = raised;
                urgency = sooner;
                escalationReasons.add(reason);
            }
        }
    }
}
