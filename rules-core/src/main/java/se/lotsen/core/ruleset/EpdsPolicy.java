package se.lotsen.core.ruleset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * EPDS forms and their cut-offs (Rikshandboken's page "EPDS-formulär"), and where support gets
 * stronger or sooner.
 *
 * @param forms                  every form the rule set knows
 * @param fallbackForm           whose cut-off marks a moderate-to-severe or well-above result on a form without a
 *                               validated cut-off (or an unlisted one)
 * @param moderateToSevereMargin points above the cut-off from which a result is moderate-to-severe
 *                               (Västra Götaland: 12 or more on the Swedish form, i.e. 0)
 * @param wellAboveMargin        points above the cut-off from which support comes the same day
 * @param source                 where the cut-offs come from
 * @param checked                when a policy owner last compared the table with the source
 * @param unvalidatedPositiveFrom  a form without a validated cut-off, or one the rule set does not list, is positive
 *                               from this total (null: the lowest cut-off among the validated forms listed): read
 *                               conservatively, never with one language's cut-off for another's form
 */
public record EpdsPolicy(List<EpdsForm> forms, String fallbackForm, int moderateToSevereMargin, int wellAboveMargin,
                         String source, LocalDate checked, Integer unvalidatedPositiveFrom) {
    public EpdsPolicy {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    public EpdsPolicy(List<EpdsForm> forms, String fallbackForm, int moderateToSevereMargin, int wellAboveMargin,
                      String source, LocalDate checked) {
        this(forms, fallbackForm, moderateToSevereMargin, wellAboveMargin, source, checked, null);
    }

    /** The lowest "b" among the validated forms listed, or empty when none is validated. */
    public OptionalInt lowestValidatedPositiveFrom() {
        return forms.stream().filter(EpdsForm::validated).mapToInt(EpdsForm::positiveFrom).min();
    }

    /** Where a form without a validated cut-off (or an unlisted one) turns positive: the policy's number, else the lowest b. */
    public int conservativePositiveFrom() {
        return unvalidatedPositiveFrom != null ? unvalidatedPositiveFrom : lowestValidatedPositiveFrom().orElse(10);
    }

    /** The form with this code or alias. */
    public Optional<EpdsForm> form(String code) {
        return Optional.ofNullable(index().get(code));
    }

    /** Forms of the same language in other regions, when {@code code} names none exactly ("fa" with fa-IR and fa-AF). */
    public List<EpdsForm> variantsOf(String code) {
        String language = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        return forms.stream().filter(f -> f.code().startsWith(language + "-")
                || f.aliases().stream().anyMatch(a -> a.startsWith(language + "-"))).toList();
    }

    private Map<String, EpdsForm> index() {
        Map<String, EpdsForm> byCode = new HashMap<>();
        for (EpdsForm f : forms) {
            byCode.putIfAbsent(f.code(), f);
            f.aliases().forEach(a -> byCode.putIfAbsent(a, f));
        }
        return byCode;
    }
}
