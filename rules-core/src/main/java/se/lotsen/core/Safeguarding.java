package se.lotsen.core;

import java.util.List;

/**
 * The safeguarding part of a pathway.
 *
 * @param concern        true when any safeguarding trigger is present
 * @param triggeredBy    the safeguarding rules that fired
 * @param duty           the duty to report concern (anmälningsplikt), or what to do for an expecting family; null without concern
 * @param legalReference the law behind it, as the rule set's policy owner last confirmed it; null without concern
 * @param contacts       the lines that fit the situation
 */
public record Safeguarding(boolean concern, List<String> triggeredBy, Text duty, String legalReference,
                           List<Contact> contacts) {
    public Safeguarding {
        triggeredBy = List.copyOf(triggeredBy);
        contacts = List.copyOf(contacts);
    }

    public static Safeguarding none() {
        return new Safeguarding(false, List.of(), null, null, List.of());
    }
}
