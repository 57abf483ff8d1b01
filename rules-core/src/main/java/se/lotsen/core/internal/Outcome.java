package se.lotsen.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.lotsen.core.Reason;
import se.lotsen.core.internal.facts.NeedFact;
import se.lotsen.core.internal.facts.RiskAssessment;

/**
 * What the rules say during one evaluation. Rule files reach it as the global {@code out}; it only
 * records, and {@link PathwayAssembler} turns the record into a pathway. One instance per request.
 */
public final class Outcome {
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<Escalation> escalations = new ArrayList<>();
    private final Set<String> concerns = new LinkedHashSet<>();
    private final Set<String> contacts = new LinkedHashSet<>();
    private final List<Reason> notes = new ArrayList<>();
    private final List<Reason> interpreterReasons = new ArrayList<>();
    private RiskAssessment riskAssessment;

    /** A routing step for a need the parent expressed; the caller completes it (decision tables do, column by column). */
    public Proposal route(String ruleId, NeedFact need, String service) {
        return add(new Proposal(ruleId, need.category(), service, false));
    }

    /** A complete routing step; {@code needCategory} may be null for a step that serves no single need. */
    public void route(String ruleId, String needCategory, String service, String urgency, String tier,
                      String sv, String en) {
        add(new Proposal(ruleId, needCategory, service, false)).urgency(urgency).tier(tier).sv(sv).en(en);
    }

    /** A safeguarding step: it goes first, is never escalated down or removed, and raises the concern. */
    public void safeguard(String ruleId, String needCategory, String service, String urgency, String sv, String en) {
        concerns.add(ruleId);
        add(new Proposal(ruleId, needCategory, service, true)).urgency(urgency).tier("INDICATED").sv(sv).en(en);
    }

    /** Names a contact line from the rule set's safeguarding contacts. */
    public void contact(String contactId) {
        contacts.add(contactId);
    }

    /** Raises the tier of routed (non-safeguarding) steps to at least {@code minTier} and moves them sooner. */
    public void escalate(String ruleId, String minTier, int soonerSteps, String sv, String en) {
        escalations.add(new Escalation(ruleId, minTier, soonerSteps, new Reason(ruleId, sv, en)));
    }

    /** A note on the whole pathway that staff should read. */
    public void note(String ruleId, String sv, String en) {
        notes.add(new Reason(ruleId, sv, en));
    }

    /** Asks for an interpreter at every step whose service does not speak the parent's language. */
    public void interpreter(String ruleId, String sv, String en) {
        interpreterReasons.add(new Reason(ruleId, sv, en));
    }

    public void assessRisk(String level, int score) {
        this.riskAssessment = new RiskAssessment(level, score);
    }

    private Proposal add(Proposal proposal) {
        proposals.add(proposal);
        return proposal;
    }

    List<Proposal> proposals() {
        return proposals;
    }

    List<Escalation> escalations() {
        return escalations;
    }

    Set<String> concerns() {
        return concerns;
    }

    Set<String> contacts() {
        return contacts;
    }

    List<Reason> notes() {
        return notes;
    }

    List<Reason> interpreterReasons() {
        return interpreterReasons;
    }

    RiskAssessment riskAssessment() {
        return riskAssessment;
    }

    record Escalation(String ruleId, String minTier, int soonerSteps, Reason reason) {
    }
}
