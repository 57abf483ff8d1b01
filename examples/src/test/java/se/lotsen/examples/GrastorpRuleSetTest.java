package se.lotsen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.validation.RuleSetValidator;
import se.lotsen.policy.validation.ValidationReport;

/** The municipalities' layers in examples/rulesets hold only what they change, and validate on the default. */
class GrastorpRuleSetTest {
    @Test
    void grastorpIsALayerOnTheDefaultWithNoCopyOfItsRuleFilesAndValidates() {
        RuleSetFiles grastorp = RuleSetFiles.read(Path.of("rulesets/grastorp"));
        Map<String, byte[]> defaults = RuleSetFiles.readDefault().files();

        assertThat(RuleSetLoader.extendsOf(grastorp)).get().extracting(RuleSetLoader.Extends::id).isEqualTo("default");
        grastorp.files().forEach((path, bytes) -> assertThat(defaults.values()).as(path + " is no copy of a default file")
                .noneMatch(d -> Arrays.equals(d, bytes)));
        assertThat(grastorp.paths("rules/", ".drl")).containsExactly("rules/grastorp.drl");
        ValidationReport report = RuleSetValidator.validate(grastorp).report();
        assertThat(report.valid()).as(report.toText()).isTrue();
        assertThat(report.base()).startsWith("default ");
    }

    @Test
    void theArabicTextsLayerValidatesAndSaysItsTranslationsAreNotReviewed() {
        ValidationReport report = RuleSetValidator.validate(RuleSetFiles.read(Path.of("rulesets/arabic-texts"))).report();

        assertThat(report.valid()).as(report.toText()).isTrue();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("not reviewed"));
    }
}
