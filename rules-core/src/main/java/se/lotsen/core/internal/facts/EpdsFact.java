package se.lotsen.core.internal.facts;

/**
 * An EPDS result with the cut-off already chosen for the form's language.
 *
 * @param total          total score 0-30
 * @param item10         item 10 (thoughts of self-harm) 0-3
 * @param formLanguage   the language of the form the parent filled in
 * @param cutoff         the positive cut-off for that language
 * @param cutoffLanguage the language whose validated cut-off was used
 * @param validatedForm  false when the form's language has no validated cut-off
 * @param wellAboveFrom  the total from which the result is well above the cut-off
 */
public record EpdsFact(int total, int item10, String formLanguage, int cutoff, String cutoffLanguage,
                       boolean validatedForm, int wellAboveFrom) {
}
