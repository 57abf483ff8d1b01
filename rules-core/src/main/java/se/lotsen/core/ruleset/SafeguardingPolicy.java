package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.Contact;
import se.lotsen.core.Text;

/**
 * The duty to report concern and the lines to call. The legal reference lives here, in rule data,
 * so a policy owner keeps it current when the law changes.
 */
public record SafeguardingPolicy(Text duty, List<Contact> contacts) {
    public SafeguardingPolicy {
        contacts = List.copyOf(contacts);
    }
}
