package se.lotsen.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.core.Epds;
import se.lotsen.core.Need;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Severity;
import se.lotsen.core.Step;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Urgency;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.policy.RequestJson;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.properties.Families;

/**
 * The staff page tested as a function: families drawn from the safety properties' generator are entered
 * through the page's own controls, as a nurse would (leaving a severity at its default when it is the
 * default), one after the other with "Ny familj", a fresh page, an error response and a language switch in
 * between. For each, the request the page sends must be the family entered, and the pathway it shows must be
 * the one the engine gives for that request: steps in order, urgency, tier, risk level, the safeguarding banner.
 * {@code -Dlotsen.pageFamilies=500} runs more families; {@code -Dlotsen.pageSeed=N} picks other ones.
 */
class StaffPageAsAFunctionBrowserTest {
    private static final int FAMILIES = Integer.getInteger("lotsen.pageFamilies", 40);
    private static final long SEED = Long.getLong("lotsen.pageSeed", 20261204L);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestApp app;
    private static Browser browser;
    private static PathwayEngine engine;
    private static Families families;
    private static String lang = "sv";

    @BeforeAll
    static void start() {
        app = TestApp.start(c -> {
            c.getRateLimit().setBurst(100_000);
            c.getRateLimit().setPerMinute(100_000);
        });
        RuleSet ruleSet = RuleSetLoader.defaultRuleSet();
        engine = PathwayEngine.builder().ruleSet(ruleSet).build();
        families = new Families(ruleSet, java.time.LocalDate.now());
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        app.close();
    }

    @Test
    void thePageSendsTheFamilyEnteredAndShowsThePathwayTheEngineGives() throws Exception {
        openPage(true);
        SplittableRandom pick = new SplittableRandom(SEED);
        for (int i = 0; i < FAMILIES; i++) {
            int index = pick.nextInt(1_000_000);
            String where = "family " + i + " (generator index " + index + ", -Dlotsen.pageSeed=" + SEED + ")";
            if (i % 9 == 8) {
                openPage(false);
            } else if (i > 0) {
                browser.find("new-family").click();
            }
            if (i % 10 == 3) {
                anErrorIsShownNextToTheAgeAndNoPathway(where);
                browser.find("new-family").click();
            }
            if (i % 7 == 5) {
                browser.find("language-toggle").click();
                lang = lang.equals("sv") ? "en" : "sv";
            }
            SuggestionRequest family = families.random(index).request();
            enter(family, index);
            browser.find("suggest").click();
            waitForAnAnswer();

            JsonNode sent = JSON.readTree(lastSent());
            assertThat(normalised(sent)).as(where + ": the request the page sent").isEqualTo(normalised(RequestJson.of(family)));
            assertThat(browser.find("form-error").isDisplayed()).as(where + ": " + browser.find("form-error").getText()).isFalse();
            shows(engine.suggest(JSON.treeToValue(sent, SuggestionRequest.class)), where + " " + sent);
        }
    }

    private static void openPage(boolean withKey) {
        browser.driver.get("http://127.0.0.1:" + app.port() + "/");
        if (withKey) {
            WebElement field = browser.find("api-key");
            field.sendKeys(app.newKey(Role.STAFF).substring("Bearer ".length()));
            browser.find("save-key").click();
        }
        browser.waitFor(By.id("need-SLEEP"));
        lang = "sv";
        browser.script("window.sent = []; const f = window.fetch; window.fetch = (u, o) => {"
                + " if (String(u).endsWith('/pathways/suggest')) { window.sent.push(o.body); } return f(u, o); };");
    }

    private static void anErrorIsShownNextToTheAgeAndNoPathway(String where) {
        browser.find("need-SLEEP").click();
        browser.find("suggest").click();
        waitForAnAnswer();
        assertThat(browser.find("age-error").isDisplayed()).as(where + ": the error next to the age").isTrue();
        assertThat(browser.find("result").isDisplayed()).as(where + ": no pathway after an error").isFalse();
    }

    /**
     * Enters the family through the page's controls: typing in the age fields, then one script that clicks the
     * checkboxes, radios and summaries and chooses in the selects as a person would (a click event, or a choice with
     * its change event), which keeps the WebDriver round trips few. A severity left at the page's default is not touched.
     */
    private static void enter(SuggestionRequest family, int index) {
        if (!Boolean.TRUE.equals(family.expecting())) {
            if (index % 2 == 0) {
                browser.find("age-months").sendKeys(String.valueOf(family.childAgeMonths()));
            } else {
                browser.find("age-years").sendKeys(String.valueOf(family.childAgeMonths() / 12));
                browser.find("age-months").sendKeys(String.valueOf(family.childAgeMonths() % 12));
            }
        }
        List<String> clicks = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        if (Boolean.TRUE.equals(family.expecting())) {
            clicks.add("age-expecting");
        }
        for (Need need : family.needs()) {
            clicks.add("need-" + need.category());
            Severity severity = need.severity() == null ? Severity.MODERATE : need.severity();
            if (severity != Severity.MODERATE) {
                choices.add("sev-" + need.category() + "=" + severity.name());
            }
        }
        family.riskFactors().forEach(risk -> clicks.add("risk-" + risk));
        if (!family.protectiveFactors().isEmpty()) {
            clicks.add("summary:protective-details");
            family.protectiveFactors().forEach(factor -> clicks.add("protective-" + factor));
        }
        if (family.screenings() != null) {
            Epds epds = family.screenings().epds();
            clicks.add("summary:epds-details");
            clicks.add(epds.items() != null ? "epds-items" : "epds-total");
            if (epds.items() != null) {
                for (int i = 0; i < epds.items().size(); i++) {
                    if (epds.items().get(i) != 0) {
                        choices.add("epds-item-" + (i + 1) + "=" + epds.items().get(i));
                    }
                }
            }
            choices.add("epds-language=" + epds.language());
        }
        if (family.language() != null) {
            choices.add("language=" + family.language());
        }
        if (family.centre() != null) {
            choices.add("centre=" + family.centre());
        }
        Object missing = browser.script("""
                const missing = [];
                for (const id of arguments[0]) {
                  if (id.startsWith("summary:")) {
                    const details = document.getElementById(id.substring(8));
                    if (!details.open) { details.querySelector("summary").click(); }
                  } else if (document.getElementById(id)) { document.getElementById(id).click(); } else { missing.push(id); }
                }
                for (const choice of arguments[1]) {
                  const [id, value] = choice.split("=");
                  const select = document.getElementById(id);
                  if (!select || ![...select.options].some((o) => o.value === value)) { missing.push(choice); continue; }
                  select.value = value;
                  select.dispatchEvent(new Event("change", { bubbles: true }));
                }
                return missing.join(", ");""", clicks, choices);
        assertThat((String) missing).as("controls the page lacks for " + family).isEmpty();
        if (family.screenings() != null && family.screenings().epds().items() == null) {
            browser.find("epds-total-score").sendKeys(String.valueOf(family.screenings().epds().total()));
            browser.find("epds-item10").sendKeys(String.valueOf(family.screenings().epds().item10()));
        }
    }

    private static void open(String detailsId) {
        if (!Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]).open", detailsId))) {
            browser.driver.findElement(By.cssSelector("#" + detailsId + " > summary")).click();
        }
    }

    private static void waitForAnAnswer() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.find("suggest").isEnabled()
                && (browser.find("result").isDisplayed() || browser.find("form-error").isDisplayed()));
    }

    private static String lastSent() {
        return (String) browser.script("return window.sent[window.sent.length - 1]");
    }

    /** The page's groups by when, as the page should name them: an urgency's group, in the page's language. */
    private static String group(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY, SAME_DAY -> lang.equals("sv") ? "I dag" : "Today";
            case WITHIN_WEEK -> lang.equals("sv") ? "Inom en vecka" : "Within a week";
            case ROUTINE -> lang.equals("sv") ? "Sedan" : "Later";
            case SELF_SERVICE -> lang.equals("sv") ? "Själv" : "On your own";
        };
    }

    private static int groupOrder(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY, SAME_DAY -> 0;
            case WITHIN_WEEK -> 1;
            case ROUTINE -> 2;
            case SELF_SERVICE -> 3;
        };
    }

    /**
     * The pathway on the page is this one: every step, in the engine's order within the group of its urgency (groups
     * in the order today, within a week, later, on your own), each under its group's heading, with its urgency and
     * tier (the first line under "Varför?", read whether folded or not), marked as safeguarding exactly when it is one,
     * an emergency also as a badge in the line; then risk, and the banner.
     */
    private static void shows(Pathway expected, String where) {
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.script("return [...document.querySelectorAll('#plan .step')].map((li) =>"
                + " li.closest('.plan-group').querySelector('h3').textContent + ' | ' + li.querySelector('.step-name').textContent"
                + " + ' | ' + li.querySelector('[data-kind=urgency]').textContent + ' | ' + li.querySelector('[data-kind=tier]').textContent"
                + " + ' | ' + li.classList.contains('safeguarding') + ' | ' + li.querySelector('.step-line').textContent.includes("
                + "arguments[0]))", text(Urgency.EMERGENCY.label()));
        List<Step> inGroups = expected.steps().stream()
                .sorted(java.util.Comparator.comparingInt(step -> groupOrder(step.urgency()))).toList();
        List<String> wanted = new ArrayList<>();
        for (Step step : inGroups) {
            wanted.add(group(step.urgency()) + " | " + text(step.service().name()) + " | " + text(step.urgency().label()) + " | "
                    + text(step.tier().label()).toLowerCase(java.util.Locale.ROOT) + " | " + step.safeguarding() + " | "
                    + (step.urgency() == Urgency.EMERGENCY));
        }
        assertThat(shown).as(where + ": the steps shown").isEqualTo(wanted);
        assertThat(browser.find("summary").getText()).as(where + ": the risk level and urgency")
                .contains(text(expected.riskLevel().label()), text(expected.urgency().label()));
        WebElement banner = browser.find("safeguarding");
        assertThat(banner.isDisplayed()).as(where + ": the safeguarding banner").isEqualTo(expected.safeguarding().concern());
        if (expected.safeguarding().concern()) {
            assertThat(banner.findElements(By.cssSelector("p.lead")).stream().map(WebElement::getText).toList())
                    .as(where + ": what the concern is").isEqualTo(expected.safeguarding().leads().stream()
                            .map(l -> lang.equals("sv") ? l.sv() : l.en()).toList());
            assertThat(banner.findElements(By.cssSelector("ul.lines > li"))).as(where + ": the lines to call")
                    .hasSize(expected.safeguarding().contacts().size());
            List<WebElement> lines = banner.findElements(By.cssSelector("ul.lines > li"));
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).getText()).as(where + ": line " + i + ", in view")
                        .startsWith(text(expected.safeguarding().contacts().get(i).name()));
            }
        }
    }

    private static String text(se.lotsen.core.Text text) {
        return lang.equals("sv") ? text.sv() : text.en();
    }

    /** The same request with lists as sorted sets: the page lists codes in its own order. */
    static JsonNode normalised(JsonNode request) {
        ObjectNode copy = request.deepCopy();
        for (String list : new String[] {"needs", "riskFactors", "protectiveFactors"}) {
            JsonNode values = copy.get(list);
            TreeSet<String> sorted = new TreeSet<>();
            if (values != null) {
                values.forEach(v -> sorted.add(v.toString()));
            }
            if (sorted.isEmpty()) {
                copy.remove(list);
            } else {
                ArrayNode array = copy.putArray(list);
                sorted.forEach(array::add);
            }
        }
        return copy;
    }
}
