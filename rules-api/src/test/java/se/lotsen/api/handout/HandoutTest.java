package se.lotsen.api.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parent's page links only addresses that cannot run anything, whatever reached the catalog. */
class HandoutTest {
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
