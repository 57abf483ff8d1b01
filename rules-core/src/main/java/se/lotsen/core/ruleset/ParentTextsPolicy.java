package se.lotsen.core.ruleset;

import java.util.Map;

/**
 * What parents see of the catalog's translations that no person has checked yet ({@code checkedBy}/{@code checked}
 * empty). Per language code, {@code true} shows such a text marked "not reviewed" with the easy Swedish beside it;
 * {@code false} shows only the easy Swedish, and the page says the text is not in the parent's language yet.
 *
 * <p>A language not listed is shown: the page is always bilingual, so the Swedish the staff wrote stands beside the
 * translation at the counter, while hiding it would leave a parent who reads no Swedish with nothing. A municipality
 * that wants only checked texts writes {@code false} for the language.
 */
public record ParentTextsPolicy(Map<String, Boolean> showUnreviewed) {
    public static final ParentTextsPolicy DEFAULT = new ParentTextsPolicy(Map.of());

    public ParentTextsPolicy {
        showUnreviewed = showUnreviewed == null ? Map.of() : Map.copyOf(showUnreviewed);
    }

    public boolean showsUnreviewed(String language) {
        return showUnreviewed.getOrDefault(language, true);
    }
}
