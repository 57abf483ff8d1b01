package se.lotsen.api.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.ParentTextsPolicy;
import se.lotsen.policy.RuleSetLoader;

/**
 * The parent's page links only addresses that cannot run anything, whatever reached the catalog; it shows a text
 * nobody has checked only where the policy owner's flag for that language says so, and marks it.
 */
class HandoutTest {
    private static final ServiceCatalog CATALOG = RuleSetLoader.defaultRuleSet().catalog();

    private static Handout nursePage(String language, Map<String, Boolean> showUnreviewed) {
        FollowUps.Followed followed = new FollowUps.Followed("r", language, "2026-W48", null, LocalDate.of(2027, 2, 23), false,
                List.of(new FollowUps.FollowedStep("BVC_NURSE", "ROUTINE", List.of(), Set.of())));
        return Handout.of(followed, CATALOG, List.of(), new ParentTextsPolicy(showUnreviewed), "", "https://x/f/r", null);
    }

    @Test
    void easySwedishNobodyHasCheckedIsShownMarkedOnlyWhenTheFlagSaysSo() {
        Handout shown = nursePage("sv", Map.of("sv", true));
        assertThat(shown.steps().get(0).name()).isEqualTo(CATALOG.service("BVC_NURSE").orElseThrow().translations().get("sv").name());
        assertThat(shown.steps().get(0).reviewed()).isFalse();
        assertThat(shown.notices()).contains(HandoutMessages.in("sv").get("texts.not.reviewed"));

        Handout hidden = nursePage("sv", Map.of("sv", false));
        assertThat(hidden.steps().get(0).name()).isEqualTo(CATALOG.service("BVC_NURSE").orElseThrow().name().sv());
        assertThat(hidden.steps().get(0).reviewed()).isTrue();
        assertThat(hidden.notices()).isEmpty();
    }

    @Test
    void anArabicTextTheFlagHidesGivesTheSwedishTheArabicNoticeAndTheDateInArabic() {
        Handout hidden = nursePage("ar", Map.of("ar", false, "sv", false));

        assertThat(hidden.steps().get(0).translated()).isFalse();
        assertThat(hidden.steps().get(0).name()).isEqualTo(CATALOG.service("BVC_NURSE").orElseThrow().name().sv());
        assertThat(hidden.notices()).contains(HandoutMessages.in("ar").get("missing.translation"));
        assertThat(hidden.expires()).isEqualTo("23 فبراير 2027");
        assertThat(hidden.expiresSv()).isEqualTo("23 februari 2027");
        assertThat(hidden.interpreter()).isEqualTo("arabiska");

        Handout shown = nursePage("ar", Map.of("sv", false));
        assertThat(shown.steps().get(0).name()).isEqualTo(CATALOG.service("BVC_NURSE").orElseThrow().translations().get("ar").name());
        assertThat(shown.steps().get(0).reviewed()).isFalse();
        assertThat(shown.steps().get(0).swedish().name()).isEqualTo(CATALOG.service("BVC_NURSE").orElseThrow().name().sv());
    }

    @Test
    void onARightToLeftPageEachSwedishRunIsIsolatedAndTheSentencesFullStopStaysOutside() {
        Handout arabic = nursePage("ar", Map.of());

        assertThat(arabic.runs("احجز عبر 1177.se. اتصل بـ BVC الآن")).extracting(r -> (r.isolated() ? "[" : "") + r.text()
                + (r.isolated() ? "]" : "")).containsExactly("احجز عبر ", "[1177.se]", ". اتصل بـ ", "[BVC]", " الآن");
        assertThat(nursePage("sv", Map.of()).runs("Ring 1177.se.")).singleElement()
                .satisfies(r -> assertThat(r.isolated()).isFalse());
    }

    private static Handout.StepText stepWithWeb(String web) {
        return new Handout.StepText("BVC_NURSE", "BVC", "d", "h", "w", null, null, null, null, web, true, true, null, Set.of());
    }

    @Test
    void anAddressThatIsNotHttpsHttpTelOrMailtoIsNotOnThePage() {
        for (String web : new String[] {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "java\tscript:x", "//evil"}) {
            assertThat(stepWithWeb(web).web()).as(web).isNull();
        }
        assertThat(stepWithWeb("https://www.1177.se").web()).isEqualTo("https://www.1177.se");
        assertThat(stepWithWeb("mailto:bvc@example.se").web()).isEqualTo("mailto:bvc@example.se");
    }
}
