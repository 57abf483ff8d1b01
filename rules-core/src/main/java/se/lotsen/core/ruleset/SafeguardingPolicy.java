package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.Contact;
import se.lotsen.core.Text;

/**
 * The duty to report concern, what each trigger is, and the lines to call. The legal reference and
 * every number live here, in rule data, each with the date a policy owner last checked it.
 *
 * @param duty          who must report and how, for a family with children
 * @param dutyExpecting what to do for an expecting family (the duty concerns children who are born)
 * @param triggers      each trigger's lead text and what the parent's page may carry, in the order staff read them
 */
public record SafeguardingPolicy(Text duty, Text dutyExpecting, LegalReference legalReference, List<Contact> contacts,
                                 List<SafeguardingTrigger> triggers) {
    public SafeguardingPolicy {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }

    public SafeguardingPolicy(Text duty, Text dutyExpecting, LegalReference legalReference, List<Contact> contacts) {
        this(duty, dutyExpecting, legalReference, contacts, List.of());
    }
}
