package se.lotsen.api.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.catalog.ServiceText;
import se.lotsen.policy.RuleSetLoader;

/**
 * The parent's page over HTTP, in the parent's language, with the default rule set: the catalog's own texts in that
 * language, right to left where the language is, a date a parent can read (never an ISO week), the right to an
 * interpreter, and the Swedish beside it for the counter.
 */
@ExtendWith(SharedApp.class)
class ParentsPageLanguagesTest {
    private static final Pattern ISO_WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Pattern SWEDISH_EXPIRY = Pattern.compile("Sidan gäller till och med (\\d{1,2} \\p{L}+ \\d{4})\\.");
    private static final ServiceCatalog CATALOG = RuleSetLoader.defaultRuleSet().catalog();

    private static String page(TestApp app, String language) {
        String request = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\", \"severity\": \"MODERATE\"}],"
                + " \"centre\": \"FC_NORR\"" + (language == null ? "" : ", \"language\": \"" + language + "\"") + "}";
        String reference = TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF), request)).get("reference").asText();
        return app.get("/f/" + reference, null).body();
    }

    /** The page's text as a reader meets it: tags gone, so a name split by its isolated Swedish part reads whole. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static ServiceText translation(String service, String language) {
        Service found = CATALOG.service(service).orElseThrow();
        return found.translations().get(language);
    }

    /** The service's name in the catalog's Swedish (the default shows easy Swedish only once it is reviewed). */
    private static String swedish(String service) {
        return CATALOG.service(service).orElseThrow().name().sv();
    }

    @ParameterizedTest
    @CsvSource({"ar, rtl, arabiska", "so, ltr, somaliska", "ti, ltr, tigrinja"})
    void theDefaultCatalogsServiceTextsAreInTheParentsLanguageWithADateAndTheRightToAnInterpreter(String language,
                                                                                                 String direction,
                                                                                                 String swedishName,
                                                                                                 TestApp app) {
        String html = page(app, language);
        String text = text(html);
        HandoutMessages m = HandoutMessages.in(language);

        assertThat(html).contains("<html lang=\"" + language + "\" dir=\"" + direction + "\">");
        for (String service : new String[] {"BVC_NURSE", "OPEN_PRESCHOOL"}) {
            ServiceText t = translation(service, language);
            assertThat(text).as(service).contains(t.name(), t.description(), t.howTo());
        }
        assertThat(ISO_WEEK.matcher(html).find()).as("an ISO week on the page").isFalse();
        assertThat(html).contains("class=\"interpreter\"");
        assertThat(text).contains(m.get("interpreter"), "Jag behöver tolk på " + swedishName + ".");

        Matcher swedish = SWEDISH_EXPIRY.matcher(text);
        assertThat(swedish.find()).as("the Swedish expiry line").isTrue();
        LocalDate expires = LocalDate.parse(swedish.group(1), DateTimeFormatter.ofPattern("d MMMM y", Locale.forLanguageTag("sv")));
        assertThat(expires).isAfter(LocalDate.now().plusDays(80));
        assertThat(text).as("the expiry in the parent's language").contains(m.get("expires", m.date(expires)));
        assertThat(html).as("Swedish beside it, for the counter").contains("På svenska</span> <strong>" + swedish("BVC_NURSE") + "</strong>",
                "<strong>" + swedish("OPEN_PRESCHOOL") + "</strong>");
    }

    @Test
    void inArabicEverySwedishNamePhoneNumberAndAddressIsIsolated(TestApp app) {
        String html = page(app, "ar");

        assertThat(html).contains("<bdi dir=\"ltr\">BVC</bdi>", "<bdi dir=\"ltr\">1177.se</bdi>",
                "dir=\"ltr\">08-465 004 10</a>", "<bdi lang=\"sv\">Norra vägen 10</bdi>",
                "<bdi lang=\"sv\">Telefontid vardagar 8–9.</bdi>");
        assertThat(html).doesNotContain(">BVC<bdi", "1177.se.</bdi>");
    }

    @Test
    void aLanguageWithPhrasesButNoServiceTextsShowsTheSwedishAndSaysSoInThatLanguage(TestApp app) {
        for (String language : new String[] {"uk", "pl", "fa", "prs"}) {
            String html = page(app, language);
            HandoutMessages m = HandoutMessages.in(language);

            assertThat(html).as(language).contains("<html lang=\"" + language + "\"", m.get("missing.translation"),
                    m.get("title"), m.get("interpreter"));
            assertThat(html).as(language).contains("<bdi lang=\"sv\">" + swedish("BVC_NURSE") + "</bdi>");
            assertThat(m.get("missing.translation")).as(language).isNotEqualTo(HandoutMessages.in("sv").get("missing.translation"));
        }
    }

    @Test
    void aSwedishPageHasNoInterpreterLineAndNoSecondSwedishCopy(TestApp app) {
        String html = page(app, null);

        assertThat(html).contains("<html lang=\"sv\" dir=\"ltr\">", swedish("BVC_NURSE"), "Sidan gäller till och med ")
                .doesNotContain("class=\"interpreter\"", "class=\"sv\"");
        assertThat(ISO_WEEK.matcher(html).find()).isFalse();
    }
}
