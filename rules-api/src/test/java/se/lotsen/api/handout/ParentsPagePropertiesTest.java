package se.lotsen.api.handout;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.core.Contact;
import se.lotsen.core.Evaluation;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Step;
import se.lotsen.core.Urgency;
import se.lotsen.core.internal.EngineAccess;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.properties.Families;

/**
 * The parent's page keeps the parent safe, checked as properties over the validation grid and a seeded
 * random part, on the page as the server renders it (the same template, the same follow-up record):
 * every step that is not safeguarding appears; nothing about violence appears where there is violence,
 * in any language the page is shown in; thoughts of self-harm bring the crisis lines and the same-day
 * contact; and no step that is the same day or within a week is shown as later.
 */
class ParentsPagePropertiesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final int RANDOM_FAMILIES = 3_000;
    /** Words and lines about violence that must never be on a violence pathway's page. */
    private static final List<String> ABOUT_VIOLENCE = List.of("våld", "violence", "kvinnofridslinjen", "020-50 50 50", "116 006",
            "brottsofferjour", "välj att sluta", "020-555 666", "عنف", "rabshad", "xadgudub", "ዓመጽ", "خشونت", "насильств",
            "przemoc");
    /** Every language the page's phrases are written in (the catalog has service texts in several of them). */
    private static final List<String> PAGE_LANGUAGES = HandoutMessages.LANGUAGES;

    private static RuleSet ruleSet;
    private static PathwayEngine engine;
    private static Template template;
    private static FollowUps followUps;

    @BeforeAll
    static void start() throws IOException {
        ruleSet = RuleSetLoader.defaultRuleSet();
        engine = PathwayEngine.builder().ruleSet(ruleSet).build();
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
        freemarker.setClassForTemplateLoading(ParentsPagePropertiesTest.class, "/");
        freemarker.setDefaultEncoding("UTF-8");
        template = freemarker.getTemplate("views/handout.ftlh");
        // New references wait in memory until a flush, and the page finds them there: no store is needed.
        followUps = new FollowUps(null, null, Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                Duration.ofDays(90));
    }

    private static String render(Handout handout) {
        try {
            StringWriter out = new StringWriter();
            template.process(Map.of("handout", handout), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page for a pathway as the parent opens it, in the given language. */
    private static String page(Pathway pathway, String centre, String language) {
        String reference = followUps.open(pathway, centre, language);
        FollowUps.Followed followed = followUps.find(reference).orElseThrow();
        // The QR code is the same picture of the address on every page, and what the property looks at is the text.
        return render(Handout.of(followed, ruleSet.catalog(), ruleSet.manifest().safeguarding().contacts(),
                ruleSet.manifest().parentTexts(), "", "", null));
    }

    @Test
    void theParentsPageKeepsTheParentSafeForEveryFamilyOfTheGridAndARandomPart() {
        Families families = new Families(ruleSet, DAY);
        List<Families.Sample> samples = new ArrayList<>(families.grid());
        for (int i = 0; i < RANDOM_FAMILIES; i++) {
            samples.add(families.random(i));
        }
        List<String> broken = new ArrayList<>();
        // A page depends only on what the follow-up record keeps (steps, urgencies, crisis lines), the centre and the
        // language: families whose pathways agree on those get the same page, so each such page is rendered once.
        Set<String> checked = new HashSet<>();
        int violence = 0;
        int selfHarm = 0;
        for (Families.Sample sample : samples) {
            Evaluation e = EngineAccess.evaluateGenerated(engine, sample.request(), sample.date());
            boolean isViolence = e.family().violence();
            boolean isSelfHarm = e.family().selfHarmThoughts();
            // Violence and self-harm pages are shown in every language the page has; the rest in the family's own.
            List<String> languages = isViolence || isSelfHarm ? PAGE_LANGUAGES : java.util.Arrays.asList(sample.request().language());
            for (String language : languages) {
                if (!checked.add(key(e, sample.request().centre(), language))) {
                    continue;
                }
                String page = page(e.pathway(), sample.request().centre(), language);
                String problem = problem(e, page, language);
                if (problem != null && broken.size() < 5) {
                    broken.add(problem + " for " + sample.request() + " on " + sample.date() + " in " + language);
                }
            }
            violence += isViolence ? 1 : 0;
            selfHarm += isSelfHarm ? 1 : 0;
        }

        assertThat(broken).isEmpty();
        assertThat(checked).hasSizeGreaterThan(1_000);
        assertThat(violence).isGreaterThan(5_000);
        assertThat(selfHarm).isGreaterThan(300);
    }

    private static String key(Evaluation e, String centre, String language) {
        return e.pathway().steps().stream().map(s -> s.service().id() + "/" + s.urgency() + "/" + s.safeguarding()).toList()
                + " " + e.pathway().safeguarding().forParent().services() + " " + e.pathway().safeguarding().forParent().contacts()
                .stream().map(Contact::id).toList() + " " + centre + " " + language + " " + e.family().violence() + " "
                + e.family().selfHarmThoughts();
    }

    /** What is wrong with this page for this family, or null. */
    static String problem(Evaluation e, String page, String language) {
        Pathway pathway = e.pathway();
        HandoutMessages m = HandoutMessages.in(language);
        String steps = between(page, "<ol class=\"steps\">", "</ol>");
        for (Step step : pathway.steps()) {
            if (step.safeguarding()) {
                continue;
            }
            String block = between(steps, "data-service=\"" + step.service().id() + "\"", "</li>");
            if (block == null) {
                return "the step to " + step.service().id() + " is not on the page";
            }
            if (step.urgency().compareTo(Urgency.WITHIN_WEEK) <= 0 && !block.contains("<strong>" + m.get("when." + step.urgency()) + "</strong>")) {
                return "the step to " + step.service().id() + " is not shown as " + step.urgency();
            }
        }
        String lower = page.toLowerCase(Locale.ROOT);
        if (e.family().violence()) {
            for (String word : ABOUT_VIOLENCE) {
                if (lower.contains(word)) {
                    return "the page of a violence pathway says \"" + word + "\"";
                }
            }
        }
        String crisis = between(page, "id=\"crisis\"", "</section>");
        if (e.family().selfHarmThoughts()) {
            if (crisis == null) {
                return "the page of a self-harm pathway has no crisis section";
            }
            for (String line : List.of("href=\"tel:90101\"", "href=\"tel:1177\"", "href=\"tel:112\"")) {
                if (!crisis.contains(line)) {
                    return "the crisis section has no " + line;
                }
            }
            if (!crisis.contains(m.get("crisis.heading")) || !crisis.contains("data-service=\"PRIMARY_CARE_MENTAL_HEALTH\"")
                    && !crisis.contains("data-service=\"PSYCHIATRIC_EMERGENCY\"")) {
                return "the crisis section lacks its heading in " + m.language() + " or the same-day contact";
            }
            Set<String> soon = Set.of(m.get("when.SAME_DAY"), m.get("when.EMERGENCY"));
            if (soon.stream().noneMatch(w -> crisis.contains("<strong>" + w + "</strong>"))) {
                return "the same-day contact is not shown as today or now";
            }
        } else if (crisis != null) {
            return "a crisis section without thoughts of self-harm";
        }
        return null;
    }

    private static String between(String text, String from, String to) {
        if (text == null) {
            return null;
        }
        int start = text.indexOf(from);
        if (start < 0) {
            return null;
        }
        int end = text.indexOf(to, start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }
}
