package se.lotsen.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.NotedFactor;
import se.lotsen.core.Pathway;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Reason;
import se.lotsen.core.ServiceRef;
import se.lotsen.core.Step;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceKind;
import se.lotsen.core.ruleset.FallbackPolicy;
import se.lotsen.core.ruleset.ProtectiveAdvice;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.vocabulary.Family;

/**
 * Turns what the rules said into a pathway: checks each proposal against the catalog and the
 * child's age and school stage, merges steps to the same service, applies escalation as fits each
 * kind of step, routes what is left to the fallback, and orders the steps (safeguarding, urgency,
 * tier, the parent's language, catalog order).
 */
final class PathwayAssembler {
    static final String FALLBACK_RULE = "fallback";
    private static final Comparator<Reason> BY_RULE = Comparator.comparing(Reason::ruleId)
            .thenComparing(Reason::sv).thenComparing(Reason::en);

    private final RuleSet ruleSet;

    PathwayAssembler(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    Pathway assemble(SuggestionRequest request, FactBuilder.Facts facts, RecordedAdvice advice, LocalDate asOf) {
        Family family = facts.family();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Proposal proposal : advice.proposals) {
            Service service = service(proposal.service(), proposal.ruleId());
            // Safety first: a safeguarding step is kept even where the catalog's ages would exclude it.
            if (!proposal.safeguarding() && !service.serves(family.ageMonths(), family.inPreschoolClass())) {
                continue;
            }
            if (proposal.urgency() == null || proposal.tier() == null || proposal.sv() == null || proposal.en() == null) {
                throw new IllegalStateException("rule " + proposal.ruleId() + " gives no urgency, tier or reason in Swedish and English");
            }
            // A safeguarding step comes the same day or sooner, whatever the rule wrote.
            Urgency urgency = proposal.safeguarding() && Urgency.SAME_DAY.isSoonerThan(proposal.urgency())
                    ? Urgency.SAME_DAY : proposal.urgency();
            drafts.computeIfAbsent(service.id(), id -> new Draft(service))
                    .add(proposal.safeguarding(), urgency, proposal.tier(), proposal.need(),
                            new Reason(proposal.ruleId(), proposal.sv(), proposal.en()));
        }
        for (RecordedAdvice.Escalation escalation : advice.escalations) {
            drafts.values().forEach(d -> d.escalate(escalation));
        }
        Set<NeedCategory> unmatched = EnumSet.noneOf(NeedCategory.class);
        unmatched.addAll(family.needs().keySet());
        drafts.values().forEach(d -> unmatched.removeAll(d.needs));
        if (!unmatched.isEmpty() || drafts.isEmpty()) {
            FallbackPolicy fallback = ruleSet.manifest().fallback();
            Service service = service(fallback.service(), FALLBACK_RULE);
            Draft draft = drafts.computeIfAbsent(service.id(), id -> new Draft(service));
            draft.add(false, fallback.urgency(), fallback.tier() == null ? service.tier() : fallback.tier(), null,
                    new Reason(FALLBACK_RULE, fallback.reason().sv(), fallback.reason().en()));
            draft.needs.addAll(unmatched);
        }
        List<Step> steps = orderedSteps(drafts.values(), request, advice.interpreterReasons);
        Urgency soonest = steps.stream().map(Step::urgency).min(Comparator.naturalOrder()).orElseThrow();
        List<Reason> notes = new ArrayList<>(facts.notes());
        notes.addAll(advice.notes);
        notes.sort(BY_RULE);
        return new Pathway(ruleSet.id(), ruleSet.version(), asOf, family.riskLevel(), family.riskScore(), soonest,
                SafeguardingParts.of(ruleSet.manifest().safeguarding(), advice, family, steps), steps, protectiveFactors(family),
                List.copyOf(unmatched), notes.stream().distinct().toList(), null);
    }

    private List<Step> orderedSteps(Collection<Draft> drafts, SuggestionRequest request, List<Reason> interpreterReasons) {
        String language = request.language();
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.<Draft, Boolean>comparing(d -> !d.safeguarding)
                .thenComparing(d -> d.urgency)
                .thenComparing(d -> d.tier)
                .thenComparing(d -> language != null && !d.service.speaks(language))
                .thenComparingInt(d -> ruleSet.catalog().position(d.service.id())));
        List<Step> steps = new ArrayList<>(ordered.size());
        for (Draft d : ordered) {
            boolean interpreter = !interpreterReasons.isEmpty() && !d.service.speaks(language);
            List<Reason> reasons = new ArrayList<>(d.reasons);
            reasons.sort(BY_RULE);
            reasons.addAll(d.escalationReasons);
            if (interpreter) {
                reasons.addAll(interpreterReasons);
            }
            Service s = d.service;
            steps.add(new Step(steps.size() + 1, new ServiceRef(s.id(), s.name(), s.kind(), s.access(), s.languages()),
                    d.urgency, d.tier, d.safeguarding, List.copyOf(d.needs), interpreter, where(s, request.centre()), reasons));
        }
        return steps;
    }

    /** For a service offered at some centres only: here at the family's centre, or where else it is. */
    private Text where(Service service, String centre) {
        if (centre == null || service.centres().isEmpty()) {
            return null;
        }
        if (service.centres().contains(centre)) {
            Text name = ruleSet.catalog().centre(centre).map(Centre::name).orElse(new Text(centre, centre));
            return new Text("Här på " + name.sv(), "Here at " + name.en());
        }
        List<Text> elsewhere = service.centres().stream()
                .map(id -> ruleSet.catalog().centre(id).map(Centre::name).orElse(new Text(id, id))).toList();
        return new Text("Finns inte här; finns på " + String.join(", ", elsewhere.stream().map(Text::sv).toList()),
                "Not offered here; offered at " + String.join(", ", elsewhere.stream().map(Text::en).toList()));
    }

    private List<NotedFactor> protectiveFactors(Family family) {
        Map<ProtectiveFactor, ProtectiveAdvice> advice = ruleSet.manifest().protectiveAdvice();
        List<NotedFactor> noted = new ArrayList<>();
        for (ProtectiveFactor factor : family.protections()) {
            ProtectiveAdvice a = advice.get(factor);
            // The partner may be the one who is violent: advice that involves the partner is withheld.
            boolean withheld = a == null || a.aboutPartner() && family.violence();
            noted.add(new NotedFactor(factor, factor.label(), withheld ? null : a.advice()));
        }
        return noted;
    }

    private Service service(String id, String ruleId) {
        return ruleSet.catalog().service(id).orElseThrow(() -> new IllegalStateException(
                "rule " + ruleId + " routes to " + id + ", which is not in the service catalog"));
    }

    /** A step being put together from every proposal to one service. */
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

        /**
         * Safeguarding steps are already as soon and as targeted as they need to be. Escalation moves
         * contacts with a person sooner; it never makes a programme start the same day, and
         * information the parent uses alone stays as it is.
         */
        void escalate(RecordedAdvice.Escalation escalation) {
            if (safeguarding || service.kind() == ServiceKind.INFORMATION
                    || reasons.stream().allMatch(r -> r.ruleId().equals(escalation.ruleId()))) {
                return; // a rule does not escalate the step it adds itself
            }
            Tier raised = escalation.atLeast() == null ? tier : tier.atLeast(escalation.atLeast());
            Urgency sooner = service.kind() == ServiceKind.CONTACT ? urgency.sooner(escalation.soonerSteps()) : urgency;
            if (raised != tier || sooner != urgency) {
                tier = raised;
                urgency = sooner;
                escalationReasons.add(escalation.reason());
            }
        }
    }
}
