package se.lotsen.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.lotsen.catalog.RuleSetFiles;

/** What a policy owner sees for the default rule set and for typical mistakes. */
class RuleSetValidatorTest {
    private static final RuleSetFiles DEFAULT = RuleSetFiles.readDefault();

    private static RuleSetFiles edited(String path, UnaryOperator<String> edit) {
        Map<String, byte[]> files = new TreeMap<>(DEFAULT.files());
        files.put(path, edit.apply(new String(files.get(path), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return RuleSetFiles.of("edited", files);
    }

    @Test
    void theDefaultRuleSetIsValidAndItsAnalysisIsPrinted() {
        RuleSetValidator.Result result = RuleSetValidator.validate(DEFAULT);
        ValidationReport report = result.report();
        System.out.println(report.toText());

        assertThat(report.valid()).as(report.toText()).isTrue();
        assertThat(result.engine()).isNotNull();
        assertThat(report.scenarios().passed()).isEqualTo(report.scenarios().run()).isGreaterThan(50);
        assertThat(report.analysis().uncoveredRules()).isEmpty();
        assertThat(report.analysis().unreachedServices()).isEmpty();
        assertThat(report.analysis().unroutedNeeds()).isEmpty();
        assertThat(report.analysis().gridRequests()).isEqualTo(15 * 3 * 85 * 3);
    }

    @Test
    void aDrlErrorIsReportedWithItsFileAndLine() {
        ValidationReport report = RuleSetValidator.validate(edited("rules/epds.drl",
                drl -> drl.replace("EpdsFact( total >= cutoff, total < wellAboveFrom )", "EpdsFact( totl >= cutoff )"))).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("rules/epds.drl");
            assertThat(p.line()).isBetween(10, 16);
        });
        assertThat(report.analysis()).isNull();
    }

    @Test
    void aTableRowErrorNamesTheRow() {
        ValidationReport report = RuleSetValidator.validate(edited("tables/routing.drl.csv",
                csv -> csv.replace("route-sleep-expecting,SLEEP,,,,-1,-1", "route-sleep-expecting,SLEEP,,,,-1,oops"))).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("tables/routing.drl.csv");
            assertThat(p.message()).contains("route-sleep-expecting");
            assertThat(p.line()).isEqualTo(15);
        });
    }

    @Test
    void aYamlErrorNamesTheLine() {
        ValidationReport report = RuleSetValidator.validate(edited("ruleset.yaml",
                yaml -> yaml.replace("    ar: 10", "    ar: ten"))).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("ruleset.yaml");
            assertThat(p.line()).isEqualTo(15);
        });
    }

    @Test
    void aChangedCutOffFailsTheScenariosThatGuardIt() {
        ValidationReport report = RuleSetValidator.validate(edited("ruleset.yaml",
                yaml -> yaml.replace("    en: 13", "    en: 12"))).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.scenarios().failures()).extracting(ValidationReport.Failure::name)
                .contains("english-form-below-its-cutoff");
    }

    @Test
    void aRowRoutingToAnUnknownServiceIsCaughtEvenWithoutAScenario() {
        ValidationReport report = RuleSetValidator.validate(edited("tables/routing.drl.csv",
                csv -> csv.replace("route-sleep-school-health,SLEEP,,,,72,83,SCHOOL_HEALTH", "route-sleep-school-health,SLEEP,,,,72,83,SCHOOL_HEALT"))).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.toText()).contains("SCHOOL_HEALT");
    }

    @Test
    void aRowWithoutAScenarioAndAServiceNoRuleReachesAreReported() {
        ValidationReport report = RuleSetValidator.validate(edited("tables/routing.drl.csv",
                csv -> csv.replace("route-feeding-dental,FEEDING,MILD,MODERATE,,12,71,DENTAL_CARE",
                        "route-feeding-dental,FEEDING,MILD,MODERATE,,200,300,DENTAL_CARE"))).report();

        assertThat(report.analysis().unreachedServices()).contains("DENTAL_CARE");
        assertThat(report.analysis().neverFiredRules()).contains("route-feeding-dental");
        assertThat(report.analysis().uncoveredRules()).contains("route-feeding-dental");
    }
}
