package se.lotsen.api.web;

import se.lotsen.api.db.Tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.rulesets.EditedRuleSets;
import se.lotsen.api.stats.SuggestionCounter;

/**
 * The policy owners' workbench in headless Chromium, on a server of its own (it publishes): nothing
 * without a key, the report in words, the diff as a table, publish and roll back with the diff shown
 * first, and the evaluation plots.
 */
class WorkbenchBrowserTest {
    private static TestApp app;
    private static Browser browser;
    private static Path uploads;

    @BeforeAll
    static void start() throws Exception {
        // The page waits 20 s for a diff over the whole grid; on a shared 2-core machine the default pool of
        // cores - 1 threads (one) takes longer than that, so these tests give validation both cores.
        app = TestApp.start(c -> c.getRuleSets().setValidationThreads(2));
        browser = new Browser();
        uploads = Files.createDirectories(app.dir().resolve("uploads"));
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @BeforeEach
    void openWithKey() {
        browser.size(1280, 900);
        browser.driver.get("http://127.0.0.1:" + app.port() + "/policy/");
        browser.script("sessionStorage.clear()");
        browser.driver.navigate().refresh();
        browser.find("api-key").sendKeys(app.key(Role.POLICY_OWNER).substring("Bearer ".length()));
        browser.driver.findElement(By.cssSelector("#key-form button")).click();
        browser.waitFor(By.cssSelector("#versions tbody tr"));
    }

    private static Path zip(String name, byte[] bytes) throws Exception {
        Path file = uploads.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void tab(String panel) {
        browser.driver.findElement(By.cssSelector(".tab[aria-controls=" + panel + "]")).click();
    }

    @Test
    void theWorkbenchAndTheStaffPageKeepTheirKeysApartInOneTab() {
        String policyKey = (String) browser.script("return Lotsen.key()");
        browser.driver.get("http://127.0.0.1:" + app.port() + "/");

        assertThat(browser.script("return Lotsen.key()")).isEqualTo("");
        browser.find("api-key").sendKeys("lotsen_staff_key");
        browser.driver.findElement(By.cssSelector("#key-form button")).click();
        browser.driver.get("http://127.0.0.1:" + app.port() + "/policy/");

        assertThat(policyKey).isNotBlank();
        assertThat(browser.script("return Lotsen.key()")).isEqualTo(policyKey);
        assertThat(browser.driver.getPageSource()).doesNotContain("lotsen_staff_key");
    }

    @Test
    void nothingShowsWithoutAValidKey() {
        browser.script("sessionStorage.clear()");
        browser.driver.navigate().refresh();
        browser.find("api-key").sendKeys("lotsen_wrong");
        browser.driver.findElement(By.cssSelector("#key-form button")).click();

        assertThat(browser.waitFor(By.id("page-error")).getText()).contains("Nyckeln gäller inte");
        assertThat(browser.driver.findElements(By.cssSelector("#versions tbody tr"))).isEmpty();
    }

    @Test
    void aRuleSetWithAnErrorIsReportedByFileAndLineInWords() throws Exception {
        tab("try-panel");
        browser.find("pick-zip").sendKeys(zip("broken.zip", EditedRuleSets.broken("2028.1.1").toZip()).toString());
        browser.find("validate").click();

        WebElement report = browser.waitFor(By.cssSelector("#report .report-file"));
        assertThat(browser.find("report").getText()).contains("Regelverket är inte giltigt");
        assertThat(report.getText()).contains("rules/epds.drl", "rad ");
        browser.screenshot("workbench-report-error");
    }

    @Test
    void theDiffIsATableOfFamiliesWhosePathwayChanges() throws Exception {
        tab("try-panel");
        browser.find("pick-zip").sendKeys(zip("reworded.zip", EditedRuleSets.version("2028.1.2",
                "Sömn: sjuksköterskan går igenom sömnen med er.").toZip()).toString());
        browser.find("diff").click();

        WebElement table = browser.waitFor(By.cssSelector("#report table"));
        assertThat(table.getText()).contains("ett barn på", "Sömn: sjuksköterskan går igenom sömnen med er.");
        browser.screenshot("workbench-diff");
    }

    @Test
    void publishingThenRollingBackShowsTheDiffBeforeActivating() throws Exception {
        tab("try-panel");
        browser.find("pick-zip").sendKeys(zip("publish.zip", EditedRuleSets.version("2028.1.3", "Sömn: publicerad.").toZip())
                .toString());
        browser.find("publish").click();
        WebElement confirm = browser.waitFor(By.id("publish-confirm"));
        assertThat(browser.find("publish-summary").getText()).matches("Publiceringen ger \\d+ av \\d+ familjer en annan väg, "
                + "varav \\d+ där skyddsstegen eller oron för barnet ändras\\.");
        assertThat(browser.find("publish-yes").isEnabled()).as("publishes before the tick").isFalse();
        assertThat(confirm.getText()).doesNotContain("null", "undefined");
        browser.find("publish-tick").click();
        browser.find("publish-yes").click();
        browser.waitUntil(By.id("report"), "2028.1.3 är nu aktiv");

        tab("versions-panel");
        browser.waitUntil(By.id("versions"), "2028.1.3");
        WebElement older = browser.driver.findElements(By.cssSelector("#versions tbody tr")).stream()
                .filter(r -> r.getText().contains(EditedRuleSets.DEFAULT_VERSION)).findFirst().orElseThrow();
        older.findElement(By.xpath(".//button[contains(., 'Aktivera')]")).click();

        WebElement activation = browser.waitFor(By.id("activate-confirm"));
        assertThat(activation.getText()).contains("familjer får en annan väg");
        browser.find("activate-yes").click();
        browser.waitUntil(By.id("versions-status"), "är nu aktiv");
        assertThat(TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF),
                "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}")).get("ruleSetVersion").asText())
                .isEqualTo(EditedRuleSets.DEFAULT_VERSION);
    }

    @Test
    void theEvaluationShowsAPlotPerServiceReadableWithoutColour() {
        // Six earlier weeks of answers, as a municipality would have after a season of follow-up.
        List<OutcomeCount> earlier = new ArrayList<>();
        LocalDate day = LocalDate.now();
        int[][] weeks = {{40, 22, 18, 15}, {38, 25, 21, 17}, {45, 30, 24, 21}, {41, 27, 23, 18}, {44, 31, 27, 24}, {39, 29, 26, 22}};
        for (int w = 0; w < weeks.length; w++) {
            String week = SuggestionCounter.isoWeek(day.minusWeeks(weeks.length - w));
            int[] n = weeks[w];
            for (String[] measure : new String[][] {{"SUGGESTED", "0"}, {"FOLLOWED_UP", "1"}, {"CONTACTED", "2"}, {"HELPED", "3"}}) {
                earlier.add(new OutcomeCount(week, "FC_NORR", "SERVICE", "BVC_NURSE", measure[0], n[Integer.parseInt(measure[1])]));
                earlier.add(new OutcomeCount(week, "FC_NORR", "SERVICE", "PARENT_GROUP_ICDP", measure[0],
                        Math.max(0, n[Integer.parseInt(measure[1])] - 12)));
            }
        }
        app.store().outcomes().add(Tenant.DEFAULT, earlier);
        for (int i = 0; i < 6; i++) {
            String ref = TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF),
                    "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}")).get("reference").asText();
            app.postJson("/f/" + ref, null, "{\"serviceId\": \"BVC_NURSE\", \"outcome\": \"CONTACTED\"}");
            app.postJson("/f/" + ref, null, "{\"serviceId\": \"BVC_NURSE\", \"outcome\": \"HELPED\"}");
        }
        tab("evaluation-panel");

        WebElement plot = browser.waitFor(By.cssSelector(".plot svg"));
        assertThat(plot.getAttribute("aria-label")).isNotBlank();
        assertThat(browser.driver.findElements(By.cssSelector(".plot svg rect.mark-uptake"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".plot svg circle.mark-helped"))).isNotEmpty();
        browser.screenshot("workbench-evaluation");
    }
}
