package se.lotsen.core.catalog;

import java.time.LocalDate;

/**
 * A service's texts for parents in one more language ({@code sv}: easy Swedish, lättläst). A draft,
 * however written, counts as checked only once a person the municipality names has read it against the
 * Swedish and {@code checkedBy}/{@code checked} say who and when; until then the rule set's
 * {@code parentTexts.showUnreviewed} decides whether parents see it, marked as not reviewed.
 *
 * @param checkedBy who checked the translation (a role or organisation, not a private person's name)
 * @param checked   when
 */
public record ServiceText(String name, String description, String howTo, String checkedBy, LocalDate checked) {
}
