package se.lotsen.core.vocabulary;

/**
 * An EPDS screening as rules see it, with the cut-off of its form already chosen from the rule
 * set's table of forms (ruleset.yaml, {@code epds.forms}).
 *
 * @param total            total score 0–30
 * @param item10           item 10 (thoughts of self-harm) 0–3
 * @param form             the form's code, such as {@code sv}, {@code en-ZA}, {@code fa-AF}
 * @param cutoff           positive at this total or more
 * @param cutoffForm       the form whose cut-off was used; for a form without a validated cut-off, the fallback form
 *                         whose lines mark a moderate-to-severe or well-above result
 * @param validatedForm    the cut-off is validated for this form
 * @param listedForm       the form is in the rule set's table (false: an unknown form, read with the fallback)
 * @param positive         total at or above the cut-off
 * @param moderateToSevere at or above the rule set's line for moderate-to-severe results
 * @param wellAbove        at or above the rule set's line for "well above the cut-off"
 * @param duringPregnancy  the screening was done in pregnancy (the family is expecting)
 */
public record EpdsFact(int total, int item10, String form, int cutoff, String cutoffForm, boolean validatedForm,
                       boolean listedForm, boolean positive, boolean moderateToSevere, boolean wellAbove,
                       boolean duringPregnancy) {
}
