package se.lotsen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.policy.validation.RuleSetValidator;
import se.lotsen.policy.validation.ValidationReport;

/** A municipality's layer holds only what differs from the rule set it extends. */
class LayeringTest {
    private static final String MANIFEST = """
            id: kommunen
            version: "1"
            extends: { id: default, version: "2026.11.2" }
            description: { sv: Kommunens lager, en: The municipality's layer }
            risk:
              weights:
                UNEMPLOYMENT: { weight: 2, why: "Här betyder arbetslöshet ofta trångboddhet." }
            remove:
              rows: [route-loneliness-library]
              scenarios:
                - { id: lonely-new-parent, why: "Kommunen har inget bibliotek med Bokstart; scenariot nedan ersätter det." }
            """;

    private static RuleSetFiles layer(Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((p, t) -> bytes.put(p, t.getBytes(StandardCharsets.UTF_8)));
        return RuleSetFiles.of("layer", bytes);
    }

    private static final String TABLE = """
            Regel,Behov,Ålder från (mån),Ålder till (mån),Språk,Tjänst,Brådska,Nivå,Skäl (svenska),Skäl (engelska)
            route-limits-arabic-group,Gränssättning,24,59,ar,PARENT_GROUP_ICDP,Vanlig tid,För alla,Föräldragrupp på arabiska,A parent group in Arabic
            """;

    private static final String SCENARIO = """
            scenarios:
              - name: arabic-limit-setting
                why: "Arabisktalande föräldrar till två- till femåringar går till kommunens arabiska föräldragrupp."
                request: { childAgeMonths: 30, needs: [{ category: LIMIT_SETTING, severity: MILD }], language: ar }
                expect:
                  includes: [PARENT_GROUP_ICDP]
                  rules: [route-limits-arabic-group]
              - name: lonely-without-library
                why: "Utan biblioteket: öppna förskolan och föräldragrupper."
                request: { childAgeMonths: 4, needs: [{ category: LONELINESS, severity: MODERATE }] }
                expect:
                  excludes: [LIBRARY_LANGUAGE]
            """;

    @Test
    void aLayerAddsAndRemovesRowsChangesWeightsAndKeepsTheBasesScenariosAndProperties() {
        RuleSetFiles files = layer(Map.of("ruleset.yaml", MANIFEST, "tables/kommunen.csv", TABLE, "scenarios/kommunen.yaml", SCENARIO));

        RuleSetLoader.Loaded loaded = RuleSetLoader.load(files, BaseResolver.bundled(), RuleSets.DAY);

        assertThat(loaded.base()).isEqualTo("default 2026.11.2");
        assertThat(RuleSetLoader.rows(loaded.ruleSet())).extracting(RoutingRow::name)
                .contains("route-limits-arabic-group", "route-sleep-nurse").doesNotContain("route-loneliness-library");
        assertThat(loaded.ruleSet().manifest().risk().weightOf(se.lotsen.core.RiskFactor.UNEMPLOYMENT)).isEqualTo(2);
        assertThat(loaded.ruleSet().manifest().risk().weightOf(se.lotsen.core.RiskFactor.YOUNG_PARENT)).isEqualTo(2);
        assertThat(loaded.ruleSet().ruleFiles()).extracting(f -> f.path()).contains("default@2026.11.2:rules/safeguarding.drl");
        assertThat(loaded.scenarios()).extracting(s -> s.name())
                .contains("arabic-limit-setting", "infant-sleep-moderate").doesNotContain("lonely-new-parent");
        assertThat(loaded.properties()).extracting(p -> p.id()).contains("no-couple-talks-with-violence");

        ValidationReport report = RuleSetValidator.validate(files, RuleSets.QUICK).report();
        assertThat(report.valid()).as(report.toText()).isTrue();
        assertThat(report.base()).isEqualTo("default 2026.11.2");
    }

    @Test
    void removingABaseScenarioNeedsAReason() {
        RuleSetFiles files = layer(Map.of("ruleset.yaml", MANIFEST.replace(", why: \"Kommunen har inget bibliotek med Bokstart; scenariot nedan ersätter det.\"", ""),
                "tables/kommunen.csv", TABLE, "scenarios/kommunen.yaml", SCENARIO));

        ValidationReport report = RuleSetValidator.validate(files, RuleSets.QUICK).report();

        assertThat(report.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("ruleset.yaml");
            assertThat(p.message()).contains("lonely-new-parent").contains("needs a why");
        });
    }

    @Test
    void aLayerOnABaseThatIsNotThereSaysSo() {
        RuleSetFiles files = layer(Map.of("ruleset.yaml", MANIFEST.replace("version: \"2026.11.2\"", "version: \"1999.1\"")));

        ValidationReport report = RuleSetValidator.validate(files, RuleSets.QUICK).report();

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("default 1999.1").contains("is not there");
        });
    }
}
