package se.lotsen.core.ruleset;

import java.time.LocalDate;

/**
 * The law behind the duty to report, as rule data a policy owner confirms and keeps current.
 *
 * @param act        the act, e.g. "Socialtjänstlagen (2025:400)"
 * @param provision  chapter and section, once confirmed (null until then)
 * @param amendments amendments or bills since, in words
 * @param checked    when a policy owner last checked it
 */
public record LegalReference(String act, String provision, String amendments, LocalDate checked) {
}
