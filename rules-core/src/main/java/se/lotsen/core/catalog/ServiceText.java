package se.lotsen.core.catalog;

import java.time.LocalDate;

/**
 * A service's texts in one more language, written (never machine-translated) and checked by a
 * person the municipality names.
 *
 * @param checkedBy who checked the translation (a role or organisation, not a private person's name)
 * @param checked   when
 */
public record ServiceText(String name, String description, String howTo, String checkedBy, LocalDate checked) {
}
