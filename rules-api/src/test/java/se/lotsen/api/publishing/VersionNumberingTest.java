package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lotsen.api.db.PublishedRuleSet;
import se.lotsen.policy.RuleSetFiles;

/** Publishing new content gives it the next date-based version unless its author set a free one; stored content is its version. */
class VersionNumberingTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private static RuleSetFiles files(String manifest, String rule) {
        return RuleSetFiles.of("upload", Map.of(RuleSetFiles.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8),
                "rules/a.drl", rule.getBytes(StandardCharsets.UTF_8)));
    }

    private static PublishedRuleSet stored(RuleSetFiles files) {
        return new PublishedRuleSet(files.id(), files.version(), files.hash(), null, "t", "owner", "", "{}");
    }

    @Test
    void changedContentUnderAStoredVersionGetsTheNextVersionOfTheMonth() {
        RuleSetFiles first = files("id: default\nversion: \"2026.12.2\"\n", "rule one");
        RuleSetFiles changed = files("id: default\nversion: \"2026.12.2\"\n", "rule two");

        VersionNumbering.Decision decision = VersionNumbering.decide(changed, List.of(stored(first)), DAY);

        assertThat(decision.identical()).isNull();
        assertThat(decision.files().version()).isEqualTo("2026.12.3");
        assertThat(decision.files().text(RuleSetFiles.MANIFEST)).isEqualTo("id: default\nversion: \"2026.12.3\"\n");
        assertThat(decision.files().text("rules/a.drl")).isEqualTo("rule two");
    }

    @Test
    void aFreeVersionTheAuthorWroteIsKept() {
        RuleSetFiles first = files("id: default\nversion: 2026.12.2\n", "rule one");
        RuleSetFiles raised = files("id: default\nversion: 7.0\n", "rule two");

        assertThat(VersionNumbering.decide(raised, List.of(stored(first)), DAY).files()).isSameAs(raised);
    }

    @Test
    void contentAlreadyStoredIsThatVersionEvenAfterItWasNumberedByItself() {
        RuleSetFiles upload = files("id: default\nversion: \"1\"\n", "rule two");
        PublishedRuleSet one = stored(files("id: default\nversion: \"1\"\n", "rule one"));
        RuleSetFiles numbered = VersionNumbering.decide(upload, List.of(one), DAY).files();
        PublishedRuleSet auto = stored(numbered);

        VersionNumbering.Decision again = VersionNumbering.decide(upload, List.of(one, auto), DAY);

        assertThat(numbered.version()).isEqualTo("2026.12.1");
        assertThat(again.identical()).isEqualTo(auto);
    }

    @Test
    void aManifestWithoutAVersionGetsOneAfterItsIdAndOtherRuleSetsDoNotCount() {
        RuleSetFiles upload = files("id: grastorp\nextends: { id: default }\n", "rule");
        PublishedRuleSet otherRuleSet = new PublishedRuleSet("default", "2026.12.9", "x", null, "t", "o", "", "{}");

        RuleSetFiles numbered = VersionNumbering.decide(upload, List.of(otherRuleSet), DAY).files();

        assertThat(numbered.text(RuleSetFiles.MANIFEST)).isEqualTo("id: grastorp\nversion: \"2026.12.1\"\nextends: { id: default }\n");
    }
}
