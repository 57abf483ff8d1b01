package se.lotsen.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Reason;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.vocabulary.Advice;

/**
 * The collector behind the global {@code out}: one per evaluation, it only records. Every call names
 * its rule, so the record also says which rules produced something (coverage needs no listener).
 * Public only so that {@link Evaluator.Rules} can name it for the benchmarks' hand-coded rules.
 */
public final class RecordedAdvice implements Advice {
    final List<Proposal> proposals = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();
    final Set<String> concerns = new LinkedHashSet<>();
    final Map<String, String> contacts = new LinkedHashMap<>();
    final List<Reason> notes = new ArrayList<>();
    final List<Reason> interpreterReasons = new ArrayList<>();
    final Set<String> rules = new LinkedHashSet<>();

    record Escalation(String ruleId, Tier atLeast, int soonerSteps, Reason reason) {
    }

    @Override
    public void route(String rule, NeedCategory need, String service, Urgency urgency, Tier tier, String sv, String en) {
        rules.add(rule);
        proposals.add(new Proposal(rule, need, service, urgency, tier, false, sv, en));
    }

    @Override
    public void safeguard(String rule, NeedCategory need, String service, Urgency urgency, String sv, String en) {
        rules.add(rule);
        concerns.add(rule);
        proposals.add(new Proposal(rule, need, service, urgency, Tier.INDICATED, true, sv, en));
    }

    @Override
    public void contact(String rule, String contactId) {
        rules.add(rule);
        contacts.putIfAbsent(contactId, rule);
    }

    @Override
    public void escalate(String rule, Tier atLeast, int soonerSteps, String sv, String en) {
        rules.add(rule);
        escalations.add(new Escalation(rule, atLeast, soonerSteps, new Reason(rule, sv, en)));
    }

    @Override
    public void note(String rule, String sv, String en) {
        rules.add(rule);
        notes.add(new Reason(rule, sv, en));
    }

    @Override
    public void interpreter(String rule, String sv, String en) {
        rules.add(rule);
        interpreterReasons.add(new Reason(rule, sv, en));
    }
}
