package se.lotsen.core;

import java.util.List;

/**
 * The part of a safeguarding concern that belongs on the parent's own page: for thoughts of self-harm the
 * parent is the one at risk, so the same-day contact and the crisis lines go with her; for violence nothing
 * does, because the person who uses violence may read the page.
 *
 * @param services the safeguarding steps (by service id) the parent's page shows
 * @param contacts the lines the parent's page shows
 */
public record ForParent(List<String> services, List<Contact> contacts) {
    public ForParent {
        services = List.copyOf(services);
        contacts = List.copyOf(contacts);
    }

    public static ForParent nothing() {
        return new ForParent(List.of(), List.of());
    }
}
