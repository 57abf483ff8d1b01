package se.lotsen.core;

import java.util.List;

/**
 * The safeguarding part of a pathway.
 *
 * @param concern     true when any safeguarding trigger is present
 * @param triggeredBy the safeguarding rules that fired
 * @param duty        the duty to report concern (anmälningsplikt) with its legal reference; null without concern
 * @param contacts    national and local lines that fit the triggers
 */
public record Safeguarding(boolean concern, List<String> triggeredBy, Text duty, List<Contact> contacts) {
    public Safeguarding {
        triggeredBy = List.copyOf(triggeredBy);
        contacts = List.copyOf(contacts);
    }

    public static Safeguarding none() {
        return new Safeguarding(false, List.of(), null, List.of());
    }
}
