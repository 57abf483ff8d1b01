package se.lotsen.core;

import java.util.List;

/**
 * One thing wrong with a request.
 *
 * @param field   the path of the field, such as {@code needs[0].category} or {@code screenings.epds.total}
 * @param message what is wrong, in plain English
 * @param allowed the values that would be accepted, where they can be listed
 */
public record Violation(String field, String message, List<String> allowed) {
    public Violation {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }
}
