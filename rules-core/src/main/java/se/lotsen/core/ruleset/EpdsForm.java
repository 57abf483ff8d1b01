package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.Text;

/**
 * One EPDS form (translation) and its cut-off as Rikshandboken writes it, "a/b": positive at b or more.
 *
 * @param code    the form's code: ISO 639-1, with a region when one language has several forms
 *                ({@code en-ZA}, {@code fa-AF})
 * @param aliases other codes that name the same form ({@code fa-IR} for {@code fa}, {@code prs} for {@code fa-AF})
 * @param name    the form's name
 * @param cutoff  "a/b" as written on the source page, or null when the form has no validated cut-off
 */
public record EpdsForm(String code, List<String> aliases, Text name, String cutoff) {
    public EpdsForm {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean validated() {
        return cutoff != null;
    }

    /** b of "a/b": the total at or above which the result is positive. */
    public int positiveFrom() {
        return Integer.parseInt(cutoff.substring(cutoff.indexOf('/') + 1).strip());
    }
}
