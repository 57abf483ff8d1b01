package se.lotsen.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSets;

/**
 * The catalog's parent texts: a translation in an unknown language, or half filled in, is an error at its own line;
 * texts nobody has checked are listed per language as "ej granskad" for the policy owner.
 */
class TranslationChecksTest {
    private static final String CATALOG = "catalog/services.yaml";

    private static ValidationReport validate(RuleSetFiles files) {
        return RuleSetValidator.validate(files, RuleSets.QUICK).report();
    }

    /** The line (from 1) of the first line at or after {@code after}'s line that holds {@code text}. */
    private static int lineOf(String file, String after, String text) {
        String[] lines = file.split("\n", -1);
        int from = 0;
        while (!lines[from].contains(after)) {
            from++;
        }
        for (int i = from; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text + " is not after " + after);
    }

    @Test
    void theDefaultCatalogsUnreviewedTextsAreListedPerLanguageAsNotReviewed() {
        ValidationReport report = validate(RuleSets.DEFAULT);

        assertThat(report.valid()).isTrue();
        for (String language : new String[] {"sv", "ar", "so", "ti"}) {
            assertThat(report.warnings()).as(language).anySatisfy(p -> {
                assertThat(p.path()).isEqualTo(CATALOG);
                assertThat(p.sv()).startsWith("Ej granskad: 27 texter på " + language + " (BVC_NURSE, MIDWIFE_CLINIC");
                assertThat(p.message()).contains("parentTexts.showUnreviewed");
            });
        }
        assertThat(report.warnings()).noneSatisfy(p -> assertThat(p.sv()).contains("BVC_NURSE: översättningen"));
    }

    @Test
    void aTranslationInAnUnknownLanguageIsAnErrorAtItsLine() {
        RuleSetFiles edited = RuleSets.edited(CATALOG, yaml -> yaml.replaceFirst("(?m)^      so:$", "      somali:"));
        ValidationReport report = validate(edited);

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(CATALOG);
            assertThat(p.line()).isEqualTo(lineOf(edited.text(CATALOG), "id: BVC_NURSE", "somali:"));
            assertThat(p.sv()).contains("BVC_NURSE", "\"somali\"", "ingen känd språkkod");
            assertThat(p.message()).contains("no known language code");
        });
    }

    @Test
    void aHalfFilledTranslationIsAnErrorAtItsLineNamingWhatIsMissing() {
        RuleSetFiles edited = RuleSets.edited(CATALOG, yaml -> yaml.replaceFirst(
                "(?m)(^      ti:\\n        name: \"[^\"]*\"\\n)        description: \"[^\"]*\"\\n", "$1"));
        ValidationReport report = validate(edited);

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(CATALOG);
            assertThat(p.line()).isEqualTo(lineOf(edited.text(CATALOG), "id: BVC_NURSE", "ti:"));
            assertThat(p.sv()).contains("BVC_NURSE", "ti", "halvfärdig", "description");
        });
    }

    @Test
    void aReviewerWithoutADateIsAnErrorAndAReviewedTextIsNoLongerListed() {
        RuleSetFiles whoOnly = RuleSets.edited(CATALOG, yaml -> yaml.replaceFirst(
                "(?m)(^      ar:\\n(?:        .*\\n)*?)        checkedBy: null", "$1        checkedBy: \"Auktoriserad tolk, kommunen\""));
        assertThat(validate(whoOnly).errors()).singleElement()
                .satisfies(p -> assertThat(p.sv()).contains("BVC_NURSE", "bara en av checkedBy och checked"));

        RuleSetFiles reviewed = RuleSets.edited(CATALOG, yaml -> yaml.replaceFirst(
                "(?m)(^      ar:\\n(?:        .*\\n)*?)        checkedBy: null\\n        checked: null",
                "$1        checkedBy: \"Auktoriserad tolk, kommunen\"\n        checked: 2026-12-01"));
        ValidationReport report = validate(reviewed);
        assertThat(report.valid()).isTrue();
        assertThat(report.warnings()).anySatisfy(p -> assertThat(p.sv()).startsWith("Ej granskad: 26 texter på ar (MIDWIFE_CLINIC"));
    }

    @Test
    void anUnknownLanguageInTheShowUnreviewedFlagsIsAnError() {
        ValidationReport report = validate(RuleSets.edited("ruleset.yaml",
                yaml -> yaml.replace("showUnreviewed: {", "showUnreviewed: { arabic: false,")));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("ruleset.yaml");
            assertThat(p.sv()).contains("\"arabic\"");
        });
    }
}
