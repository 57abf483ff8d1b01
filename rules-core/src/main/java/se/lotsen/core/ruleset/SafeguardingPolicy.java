package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.Contact;
import se.lotsen.core.Text;

/**
 * The duty to report concern and the lines to call. The legal reference and every number live
 * here, in rule data, each with the date a policy owner last checked it.
 *
 * @param duty          who must report and how, for a family with children
 * @param dutyExpecting what to do for an expecting family (the duty concerns children who are born)
 */
public record SafeguardingPolicy(Text duty, Text dutyExpecting, LegalReference legalReference, List<Contact> contacts) {
    public SafeguardingPolicy {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
