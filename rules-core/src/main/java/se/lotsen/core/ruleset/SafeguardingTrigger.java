package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.Text;

/**
 * One safeguarding trigger as staff read it: the rules that raise it, what the pathway says first
 * about it, and what of it may go on the parent's own page.
 *
 * @param id     a name for the trigger, such as SELF_HARM or VIOLENCE
 * @param rules  the safeguarding rules (DRL rule names) that raise it
 * @param lead   what the concern is and what to do first, sv and en
 * @param parent what the parent's page may carry (null: nothing)
 */
public record SafeguardingTrigger(String id, List<String> rules, Text lead, ParentPage parent) {
    public SafeguardingTrigger {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * @param steps    the trigger's safeguarding steps go on the parent's page too
     * @param contacts these lines (contact ids) go on the parent's page
     */
    public record ParentPage(boolean steps, List<String> contacts) {
        public ParentPage {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }
}
