package se.lotsen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.catalog.validation.RuleSetValidator;
import se.lotsen.catalog.validation.ValidationReport;

/** The second municipality's rule set in examples/rulesets/grastorp is valid, scenarios and all. */
class GrastorpRuleSetTest {
    @Test
    void grastorpsRuleSetValidates() {
        ValidationReport report = RuleSetValidator.validate(RuleSetFiles.read(Path.of("rulesets/grastorp"))).report();

        assertThat(report.valid()).as(report.toText()).isTrue();
        assertThat(report.ruleSetId()).isEqualTo("grastorp");
        assertThat(report.analysis().uncoveredRules()).isEmpty();
    }
}
