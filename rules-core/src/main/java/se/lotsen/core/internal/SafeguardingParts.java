package se.lotsen.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.lotsen.core.Contact;
import se.lotsen.core.ForParent;
import se.lotsen.core.Reason;
import se.lotsen.core.Safeguarding;
import se.lotsen.core.SafeguardingLead;
import se.lotsen.core.Step;
import se.lotsen.core.Text;
import se.lotsen.core.ruleset.LegalReference;
import se.lotsen.core.ruleset.SafeguardingPolicy;
import se.lotsen.core.ruleset.SafeguardingTrigger;
import se.lotsen.core.vocabulary.Family;

/**
 * The safeguarding part of a pathway: the lead text of every trigger that fired (rule data, in the rule
 * set's order), the duty, the lines the rules named, and what the parent's own page may carry.
 */
final class SafeguardingParts {
    private SafeguardingParts() {
    }

    static Safeguarding of(SafeguardingPolicy policy, RecordedAdvice advice, Family family, List<Step> steps) {
        if (advice.concerns.isEmpty()) {
            return Safeguarding.none();
        }
        List<SafeguardingTrigger> fired = policy.triggers().stream()
                .filter(t -> t.rules().stream().anyMatch(advice.concerns::contains)).toList();
        List<SafeguardingLead> leads = fired.stream().filter(t -> t.lead() != null)
                .map(t -> new SafeguardingLead(t.id(), t.lead().sv(), t.lead().en())).toList();
        Text lead = leads.isEmpty() ? null : new Text(leads.stream().map(SafeguardingLead::sv).collect(Collectors.joining(" ")),
                leads.stream().map(SafeguardingLead::en).collect(Collectors.joining(" ")));
        List<Contact> contacts = policy.contacts().stream().filter(c -> advice.contacts.containsKey(c.id())).toList();
        Text duty = family.expecting() && policy.dutyExpecting() != null ? policy.dutyExpecting() : policy.duty();
        return new Safeguarding(true, advice.concerns.stream().sorted().toList(), lead, leads, duty,
                legalReference(policy.legalReference()), contacts, forParent(policy, fired, steps));
    }

    /**
     * A safeguarding step goes on the parent's page only when every safeguarding rule behind it belongs to a trigger
     * whose steps may go there (self-harm), so a step that violence also asked for stays with staff.
     */
    private static ForParent forParent(SafeguardingPolicy policy, List<SafeguardingTrigger> fired, List<Step> steps) {
        Set<String> parentRules = new LinkedHashSet<>();
        Set<String> contactIds = new LinkedHashSet<>();
        for (SafeguardingTrigger t : fired) {
            if (t.parent() != null) {
                contactIds.addAll(t.parent().contacts());
                if (t.parent().steps()) {
                    parentRules.addAll(t.rules());
                }
            }
        }
        Set<String> safeguardingRules = new LinkedHashSet<>();
        policy.triggers().forEach(t -> safeguardingRules.addAll(t.rules()));
        List<String> services = new ArrayList<>();
        for (Step step : steps) {
            if (!step.safeguarding()) {
                continue;
            }
            List<String> rules = step.reasons().stream().map(Reason::ruleId).filter(safeguardingRules::contains).toList();
            if (!rules.isEmpty() && parentRules.containsAll(rules)) {
                services.add(step.service().id());
            }
        }
        List<Contact> contacts = policy.contacts().stream().filter(c -> contactIds.contains(c.id())).toList();
        return new ForParent(services, contacts);
    }

    private static String legalReference(LegalReference reference) {
        if (reference == null) {
            return null;
        }
        String provision = reference.provision() == null || reference.provision().isBlank() ? "" : " " + reference.provision();
        return reference.act() + provision;
    }
}
