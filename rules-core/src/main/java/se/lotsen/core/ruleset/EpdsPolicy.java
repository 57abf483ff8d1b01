package se.lotsen.core.ruleset;

import java.util.Map;

/**
 * EPDS cut-offs by the language of the form (Rikshandboken: sv 12, en 13, ar 10, fr 11).
 *
 * @param cutoffs          total at or above which the result is positive, per validated form language
 * @param fallbackLanguage whose cut-off applies to a form language without a validated cut-off
 * @param wellAboveMargin  points above the cut-off from which support should come sooner
 */
public record EpdsPolicy(Map<String, Integer> cutoffs, String fallbackLanguage, int wellAboveMargin) {
    public EpdsPolicy {
        cutoffs = Map.copyOf(cutoffs);
    }

    public boolean isValidated(String formLanguage) {
        return cutoffs.containsKey(formLanguage);
    }

    public int cutoffFor(String formLanguage) {
        return cutoffs.getOrDefault(formLanguage, cutoffs.get(fallbackLanguage));
    }
}
