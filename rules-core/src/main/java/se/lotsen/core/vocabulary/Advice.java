package se.lotsen.core.vocabulary;

import se.lotsen.core.NeedCategory;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;

/**
 * The collector: what rules say about a family, reached as the global {@code out}. It only records;
 * the engine turns the record into a pathway (checks each service against the catalog and the
 * child's age, merges steps, escalates, orders). Every method takes the rule's name first, written
 * {@code drools.getRule().getName()}, and every text in Swedish and English.
 */
public interface Advice {
    /**
     * A step for a need (or for the family, with {@code need} null).
     *
     * @param service a service id from catalog/services.yaml
     */
    void route(String rule, NeedCategory need, String service, Urgency urgency, Tier tier, String sv, String en);

    /**
     * A safeguarding step: it goes first, at {@link Urgency#SAME_DAY} or sooner, is never escalated
     * or removed, and raises the concern with the duty to report.
     */
    void safeguard(String rule, NeedCategory need, String service, Urgency urgency, String sv, String en);

    /** Names a line to call, by its id in ruleset.yaml ({@code safeguarding.contacts}). */
    void contact(String rule, String contactId);

    /**
     * Raises the tier of routed steps to at least {@code atLeast}, and moves contacts with a person
     * {@code soonerSteps} steps sooner (never a programme to the same day).
     */
    void escalate(String rule, Tier atLeast, int soonerSteps, String sv, String en);

    /** A note on the whole pathway that staff should read. */
    void note(String rule, String sv, String en);

    /** Asks for an interpreter at each step whose service does not speak the parent's language. */
    void interpreter(String rule, String sv, String en);
}
