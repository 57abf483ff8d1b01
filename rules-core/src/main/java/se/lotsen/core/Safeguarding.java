package se.lotsen.core;

import java.util.List;

/**
 * The safeguarding part of a pathway.
 *
 * @param concern        true when any safeguarding trigger is present
 * @param triggeredBy    the safeguarding rules that fired
 * @param lead           what the concern is, trigger by trigger, in one text (null without concern)
 * @param leads          the same, one entry per trigger, in the order the rule set gives
 * @param duty           the duty to report concern (anmälningsplikt), or what to do for an expecting family; null without concern
 * @param legalReference the law behind it, as the rule set's policy owner last confirmed it; null without concern
 * @param contacts       the lines that fit the situation
 * @param forParent      what of it the parent's page may show
 */
public record Safeguarding(boolean concern, List<String> triggeredBy, Text lead, List<SafeguardingLead> leads, Text duty,
                           String legalReference, List<Contact> contacts, ForParent forParent) {
    public Safeguarding {
        triggeredBy = List.copyOf(triggeredBy);
        leads = leads == null ? List.of() : List.copyOf(leads);
        contacts = List.copyOf(contacts);
        forParent = forParent == null ? ForParent.nothing() : forParent;
    }

    public Safeguarding(boolean concern, List<String> triggeredBy, Text duty, String legalReference, List<Contact> contacts) {
        this(concern, triggeredBy, null, List.of(), duty, legalReference, contacts, ForParent.nothing());
    }

    public static Safeguarding none() {
        return new Safeguarding(false, List.of(), null, List.of(), null, null, List.of(), ForParent.nothing());
    }
}
