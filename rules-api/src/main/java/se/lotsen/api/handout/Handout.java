package se.lotsen.api.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.core.Contact;
import se.lotsen.core.Text;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.catalog.ServiceText;
import se.lotsen.core.ruleset.ParentTextsPolicy;
import se.lotsen.policy.WebLinks;

/**
 * What the parent's page shows, every text already chosen: the parent's language where the catalog
 * has it (easy Swedish, with a notice in the parent's language, where it does not), the Swedish beside
 * it for the counter, when each step should happen in words, and how to reach it. Built from the
 * follow-up record (service ids and urgencies only) and the serving catalog, so the page never needs
 * the request.
 *
 * @param state       "ok", "unknown" or "expired"
 * @param sv          the page's phrases in Swedish, for the lines the parent shows at a counter (null on a Swedish page)
 * @param expires     the last day the page answers, as a date in the parent's language ("23 februari 2027")
 * @param expiresSv   the same in Swedish, for the counter (null on a Swedish page)
 * @param answer      a confirmation to show after an answer, or null
 * @param interpreter the Swedish name of the language to ask an interpreter for ("arabiska"), or null on a Swedish page
 * @param pageUrl     the page's own address, written beside its QR code
 */
public record Handout(String state, String lang, String dir, HandoutMessages m, HandoutMessages sv, List<StepText> steps,
                      CentreText centre, List<String> notices, String qrSvg, String pageUrl, String reference, String expires,
                      String expiresSv, String answer, CrisisText crisis, String interpreter) {
    /**
     * A run of left-to-right text inside right-to-left text: a Swedish name, a phone number, a web address ("BVC",
     * "1177.se", "08-465 004 10"), ending in a letter or digit so the sentence's own full stop stays outside it.
     */
    private static final Pattern LEFT_TO_RIGHT = Pattern.compile(
            "[\\p{IsLatin}\\p{Nd}](?:[\\p{IsLatin}\\p{Nd}.:/@+\\-–]|\\s(?=[\\p{IsLatin}\\p{Nd}]))*[\\p{IsLatin}\\p{Nd}]"
                    + "|[\\p{IsLatin}\\p{Nd}]");

    /** A piece of a text; {@code isolated} pieces are rendered in their own {@code <bdi dir="ltr">}. */
    public record Run(String text, boolean isolated) {
    }

    /**
     * The text in pieces for the template: on a right-to-left page every left-to-right run is its own piece, so that
     * punctuation stays where the sentence puts it (".Telefontid" is what an unisolated run gives); otherwise one piece.
     */
    public List<Run> runs(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (!"rtl".equals(dir)) {
            return List.of(new Run(text, false));
        }
        List<Run> runs = new ArrayList<>();
        Matcher matcher = LEFT_TO_RIGHT.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                runs.add(new Run(text.substring(at, matcher.start()), false));
            }
            runs.add(new Run(matcher.group(), true));
            at = matcher.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }


    /**
     * For thoughts of self-harm: the same-day contact and the crisis lines, first on the page, because the parent is
     * the one at risk. Null on every other page.
     */
    public record CrisisText(List<StepText> steps, List<LineText> lines) {
    }

    /** A crisis line as the parent reads it; {@code translated} is false when it is shown in Swedish. */
    public record LineText(String name, String phone, String tel, String web, String when, boolean translated) {
    }

    /**
     * One step as the parent reads it; a web address that is not one of {@link WebLinks#SCHEMES} is left off.
     *
     * @param translated false when the texts are the easy Swedish because the parent's language has none (or none shown)
     * @param reviewed   false when the texts are a translation nobody has checked yet
     * @param swedish    the step in Swedish for the counter, or null on a Swedish page
     */
    public record StepText(String serviceId, String name, String description, String howTo, String when, String phone,
                           String tel, String address, String hours, String web, boolean translated, boolean reviewed,
                           Swedish swedish, Set<String> answered) {
        public StepText {
            // Validation refuses such a catalog; this holds also for one that reached the store before it did.
            web = WebLinks.linkable(web) ? web : null;
            answered = answered == null ? Set.of() : Set.copyOf(answered);
        }

        /** The page asks "did it help?" once the parent has said they got in touch. */
        public boolean contacted() {
            return answered.contains("CONTACTED");
        }
    }

    /** A step's name, how to reach it and when, in (easy) Swedish. */
    public record Swedish(String name, String howTo, String when) {
    }

    /** The family centre the request named. */
    public record CentreText(String name, String phone, String tel, String address, String hours) {
    }

    /** A service's texts as chosen for one language. */
    private record Chosen(String name, String description, String howTo, boolean translated, boolean reviewed) {
    }

    static Handout notFound(String language) {
        return status("unknown", language);
    }

    static Handout expired(String language) {
        return status("expired", language);
    }

    private static Handout status(String state, String language) {
        HandoutMessages m = HandoutMessages.in(language);
        return new Handout(state, m.language(), m.direction(), m, null, List.of(), null, List.of(), null, null, null, null,
                null, null, null, null);
    }

    static Handout of(FollowUps.Followed followed, ServiceCatalog catalog, List<Contact> lines, ParentTextsPolicy policy,
                      String qrSvg, String pageUrl, String answer) {
        String wanted = followed.language() == null ? HandoutMessages.SWEDISH : followed.language().toLowerCase(Locale.ROOT);
        HandoutMessages m = HandoutMessages.in(wanted);
        boolean swedishPage = m.language().equals(HandoutMessages.SWEDISH);
        HandoutMessages sv = swedishPage ? null : HandoutMessages.in(HandoutMessages.SWEDISH);
        List<String> notices = new ArrayList<>();
        if (!m.language().equals(wanted)) {
            notices.add(m.get("missing.language"));
        }
        if (!m.reviewed()) {
            notices.add(m.get("not.reviewed"));
        }
        List<StepText> steps = new ArrayList<>();
        List<StepText> crisisSteps = new ArrayList<>();
        List<String> crisisLines = new ArrayList<>();
        boolean anyUntranslated = false;
        boolean anyUnreviewed = false;
        for (FollowUps.FollowedStep step : followed.steps()) {
            Service service = catalog.service(step.service()).orElse(null);
            if (service == null) {
                continue;
            }
            StepText text = step(service, step, m, sv, policy);
            anyUntranslated |= !text.translated();
            anyUnreviewed |= !text.reviewed();
            if (step.crisis()) {
                crisisSteps.add(text);
                crisisLines.addAll(step.lines());
            } else {
                steps.add(text);
            }
        }
        if (anyUntranslated && m.language().equals(wanted)) {
            notices.add(m.get("missing.translation"));
        }
        if (anyUnreviewed) {
            notices.add(m.get("texts.not.reviewed"));
        }
        CentreText centre = catalog.centre(followed.centre()).map(c -> centre(c, m.language())).orElse(null);
        CrisisText crisis = crisisSteps.isEmpty() && crisisLines.isEmpty() ? null
                : new CrisisText(crisisSteps, lines(lines, crisisLines, m.language()));
        String interpreter = wanted.equals(HandoutMessages.SWEDISH) ? null : swedishName(wanted);
        return new Handout("ok", m.language(), m.direction(), m, sv, steps, centre, notices, qrSvg, pageUrl, followed.reference(),
                m.date(followed.expiresOn()), sv == null ? null : sv.date(followed.expiresOn()), answer, crisis, interpreter);
    }

    /** The language's name in Swedish, for "Jag behöver tolk på arabiska" at the counter. */
    static String swedishName(String language) {
        if (language.equals("prs")) {
            return "dari";
        }
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.forLanguageTag(HandoutMessages.SWEDISH));
        return name.isBlank() || name.equals(language) ? language : name;
    }

    /** The lines the record names, in the rule set's order; a line the serving rule set no longer has is left out. */
    private static List<LineText> lines(List<Contact> contacts, List<String> ids, String language) {
        boolean catalogLanguage = language.equals("sv") || language.equals("en");
        return contacts.stream().filter(c -> ids.contains(c.id()))
                .map(c -> new LineText(pick(c.name(), language), c.phone(), tel(c.phone()), c.web(), pick(c.when(), language),
                        catalogLanguage)).toList();
    }

    private static StepText step(Service service, FollowUps.FollowedStep step, HandoutMessages m, HandoutMessages sv,
                                 ParentTextsPolicy policy) {
        Chosen chosen = chosen(service, m.language(), policy);
        Swedish swedish = null;
        if (sv != null) {
            Chosen easy = easySwedish(service, policy);
            swedish = new Swedish(easy.name(), easy.howTo(), sv.get("when." + step.urgency()));
        }
        String phone = service.access() == null ? null : service.access().phone();
        String hours = service.access() == null || service.access().hours() == null ? null
                : pick(service.access().hours(), m.language());
        Set<String> answered = new TreeSet<>(step.answered());
        return new StepText(service.id(), chosen.name(), chosen.description(), chosen.howTo(), m.get("when." + step.urgency()),
                phone, tel(phone), service.access() == null ? null : service.access().address(), hours,
                service.access() == null ? null : service.access().web(), chosen.translated(), chosen.reviewed(), swedish,
                answered);
    }

    /**
     * The texts for a page in {@code language}: English from the catalog's own English; another language from its
     * translation when there is one the policy lets parents see; otherwise easy Swedish (marked not translated).
     */
    private static Chosen chosen(Service service, String language, ParentTextsPolicy policy) {
        if (language.equals(HandoutMessages.SWEDISH)) {
            return easySwedish(service, policy);
        }
        if (language.equals("en")) {
            return new Chosen(service.name().en(), service.description().en(), howTo(service, "en"), true, true);
        }
        ServiceText translation = service.translations().get(language);
        if (translation != null && translation.name() != null && (reviewed(translation) || policy.showsUnreviewed(language))) {
            Chosen fallback = easySwedish(service, policy);
            return new Chosen(translation.name(), or(translation.description(), fallback.description()),
                    or(translation.howTo(), fallback.howTo()), true, reviewed(translation));
        }
        Chosen easy = easySwedish(service, policy);
        return new Chosen(easy.name(), easy.description(), easy.howTo(), false, easy.reviewed());
    }

    /** The catalog's easy Swedish (its {@code sv} translation) where there is one to show, else the catalog's Swedish. */
    private static Chosen easySwedish(Service service, ParentTextsPolicy policy) {
        ServiceText easy = service.translations().get(HandoutMessages.SWEDISH);
        String name = service.name().sv();
        String description = service.description().sv();
        String howTo = howTo(service, HandoutMessages.SWEDISH);
        if (easy != null && (reviewed(easy) || policy.showsUnreviewed(HandoutMessages.SWEDISH))) {
            return new Chosen(or(easy.name(), name), or(easy.description(), description), or(easy.howTo(), howTo), true,
                    reviewed(easy));
        }
        return new Chosen(name, description, howTo, true, true);
    }

    private static boolean reviewed(ServiceText text) {
        return text.checked() != null && text.checkedBy() != null;
    }

    private static String howTo(Service service, String language) {
        return service.access() == null || service.access().howTo() == null ? null : pick(service.access().howTo(), language);
    }

    private static String or(String first, String second) {
        return first != null ? first : second;
    }

    private static CentreText centre(Centre centre, String language) {
        return new CentreText(pick(centre.name(), language), centre.phone(), tel(centre.phone()), centre.address(),
                centre.hours() == null ? null : pick(centre.hours(), language));
    }

    /** English for an English page, Swedish otherwise (texts in other languages come from the catalog's translations). */
    private static String pick(Text text, String language) {
        return text == null ? null : "en".equals(language) ? text.en() : text.sv();
    }

    /** A tap-to-call link: Swedish numbers in international form, short numbers (112, 116 006) as they are. */
    static String tel(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+")) {
            return "tel:" + digits;
        }
        return "tel:" + (digits.startsWith("0") ? "+46" + digits.substring(1) : digits);
    }
}
