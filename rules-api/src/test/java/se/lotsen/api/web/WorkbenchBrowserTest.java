package se.lotsen.api.web;

import se.lotsen.api.db.Tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.publishing.EditedRuleSets;
import se.lotsen.api.stats.SuggestionCounter;
import se.lotsen.policy.RuleSetFiles;

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
    void theComparisonIsGroupedPagedAndFilteredWithChangedTextsOldAndNewSideBySide() throws Exception {
        tab("try-panel");
        browser.find("pick-zip").sendKeys(zip("paged.zip", EditedRuleSets.version("2028.1.4",
                "Sömn: sjuksköterskan ser över sömnen med er.").toZip()).toString());
        browser.find("diff").click();

        browser.waitUntil(By.id("report"), "familjer får en annan väg", Duration.ofSeconds(90));
        WebElement table = browser.driver.findElement(By.cssSelector("#report table.changes"));
        assertThat(browser.find("report").findElement(By.cssSelector(".groups")).getText()).contains("familjer med behov Sömn");
        assertThat(table.findElement(By.cssSelector("tbody tr td:nth-child(2) del")).getText()).contains("Sömn: BVC-sjuksköterskan går igenom");
        assertThat(table.findElement(By.cssSelector("tbody tr td:nth-child(2) .what")).getText())
                .startsWith("Skäl (BVC-sjuksköterska, route-sleep-nurse)");
        assertThat(table.findElement(By.cssSelector("tbody tr td:nth-child(3) ins")).getText())
                .contains("Sömn: sjuksköterskan ser över sömnen med er.");
        assertThat(browser.find("diff-page").getText()).matches("Sida 1 av \\d+").isNotEqualTo("Sida 1 av 1");
        assertThat(browser.driver.findElements(By.cssSelector("#report .download-csv, #report .download-xlsx"))).hasSize(2);
        assertNoNullOrUndefined("comparison, page 1");

        browser.driver.findElement(By.cssSelector("#report .page-next")).click();
        browser.waitUntil(By.id("diff-page"), "Sida 2 av", Duration.ofSeconds(90));
        new Select(browser.find("filter-age")).selectByValue("0–11");
        browser.find("filter-apply").click();
        browser.waitUntil(By.id("diff-page"), "Sida 1 av", Duration.ofSeconds(90));
        assertThat(browser.driver.findElements(By.cssSelector("#report table.changes tbody tr td:first-child")))
                .isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).matches("ett barn på (\\d|1[01]) månader.*"));
        String group = browser.driver.findElement(By.cssSelector("#report .groups li")).getText();
        browser.driver.findElement(By.cssSelector("#report .show-group")).click();
        String families = group.substring(0, group.indexOf(' '));
        browser.waitUntil(By.id("diff-matching"), families + " familjer visas", Duration.ofSeconds(90));
        assertNoNullOrUndefined("comparison, filtered");
        browser.screenshot("workbench-comparison");
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
        assertNoNullOrUndefined("published");

        tab("versions-panel");
        browser.waitUntil(By.id("versions"), "2028.1.3");
        WebElement older = browser.driver.findElements(By.cssSelector("#versions tbody tr")).stream()
                .filter(r -> r.getText().contains(EditedRuleSets.DEFAULT_VERSION)).findFirst().orElseThrow();
        older.findElement(By.xpath(".//button[contains(., 'Aktivera')]")).click();

        WebElement activation = browser.waitFor(By.id("activate-confirm"));
        assertThat(activation.getText()).contains("familjer får en annan väg");
        assertNoNullOrUndefined("activation");
        browser.find("activate-yes").click();
        browser.waitUntil(By.id("versions-status"), "är nu aktiv");
        assertThat(TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF),
                "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}")).get("ruleSetVersion").asText())
                .isEqualTo(EditedRuleSets.DEFAULT_VERSION);
    }

    /** A route changed in the workbook, its scenario row not: the scenario sleep-in-pregnancy fails. */
    private static Path routeChanged() throws Exception {
        return zip("route-changed.zip", EditedRuleSets.withCells("Vägar", "route-sleep-expecting", "Tjänst", "CENTRE_SOCIAL_WORKER").toZip());
    }

    /** The whole rendered page, its text and the words in its attributes, holds no "null", "undefined" or "NaN". */
    private static void assertNoNullOrUndefined(String view) {
        String text = (String) browser.script("return document.body.innerText + '\\n' + [...document.querySelectorAll('*')]"
                + ".map((e) => ['aria-label', 'title', 'download', 'placeholder', 'value'].map((a) => e.getAttribute(a)).join(' '))"
                + ".join(' ')");
        assertThat(text).as(view).doesNotContainPattern("\\b(null|undefined|NaN)\\b");
    }

    @Test
    void aFailingScenarioOffersToUpdateItsExpectationShowsTheRowBeforeAndAfterAndTheUpdatedSetValidates() throws Exception {
        tab("try-panel");
        browser.find("pick-zip").sendKeys(routeChanged().toString());
        browser.find("validate").click();

        WebElement offer = browser.waitFor(By.cssSelector("#report .update-expectation"));
        assertThat(offer.getAttribute("data-scenario")).isEqualTo("sleep-in-pregnancy");
        assertThat(browser.find("report").getText()).contains("förväntade Barnmorskemottagningen", "fick Familjecentralens socionom");
        offer.click();

        WebElement diff = browser.waitFor(By.cssSelector("#report .expectation-diff"));
        assertThat(diff.getText()).contains("Ska finnas", "Barnmorskemottagningen: Vanlig tid, För alla",
                "Familjecentralens socionom: Vanlig tid, För alla");
        assertThat(browser.driver.findElement(By.cssSelector("#report .download-updated")).getAttribute("download")).endsWith(".zip");
        browser.screenshot("workbench-update-expectation");
        browser.driver.findElement(By.cssSelector("#report .use-updated")).click();
        browser.waitUntil(By.id("report"), "Regelverket är giltigt");
        assertThat(browser.find("chosen").getText()).contains(".zip");
    }

    @Test
    void noViewOfTheWorkbenchShowsNullOrUndefined() throws Exception {
        assertNoNullOrUndefined("versions");
        tab("try-panel");
        Map<String, byte[]> withProperty = new TreeMap<>(EditedRuleSets.version("2028.1.5").files());
        withProperty.put("properties/extra.yaml", ("- id: preschool-place-means-concern\n  why: \"Holds for no family.\"\n"
                + "  when: { protectiveFactors: [PRESCHOOL_PLACE] }\n  then: { concern: true }\n").getBytes(StandardCharsets.UTF_8));
        browser.find("pick-zip").sendKeys(zip("property.zip", RuleSetFiles.of("property", withProperty).toZip()).toString());
        browser.find("validate").click();
        browser.waitUntil(By.id("report"), "En familj som finns i verkligheten", Duration.ofSeconds(90));
        WebElement nearest = browser.driver.findElement(By.cssSelector("#report .nearest-plausible"));
        assertThat(nearest.getText()).startsWith("En familj som finns i verkligheten och bryter den: ett barn på");
        assertThat(browser.find("report").getText()).contains("Den familjen finns inte i verkligheten: Ingen förskoleplats före ett års ålder.");
        assertNoNullOrUndefined("report with a broken property");
        browser.find("pick-zip").sendKeys(routeChanged().toString());
        browser.find("validate").click();
        browser.waitFor(By.cssSelector("#report .update-expectation")).click();
        assertNoNullOrUndefined("failing report");
        browser.waitFor(By.cssSelector("#report .expectation-diff"));
        assertNoNullOrUndefined("updated expectation");
        browser.driver.findElement(By.cssSelector("#report .use-updated")).click();
        browser.waitUntil(By.id("report"), "Regelverket är giltigt");
        assertNoNullOrUndefined("valid report");
        browser.find("diff").click();
        browser.waitFor(By.cssSelector("#report table"));
        assertNoNullOrUndefined("comparison");
        browser.find("publish").click();
        browser.waitFor(By.id("publish-confirm"));
        assertNoNullOrUndefined("publish confirmation");
        browser.find("language-toggle").click();
        assertNoNullOrUndefined("publish confirmation, English");
        tab("evaluation-panel");
        browser.waitFor(By.cssSelector("#plots > *"));
        assertNoNullOrUndefined("evaluation");
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
