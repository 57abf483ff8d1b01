package se.lotsen.api.handout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.followup.Outcome;
import se.lotsen.core.Contact;
import se.lotsen.core.Text;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.catalog.ServiceText;
import se.lotsen.policy.WebLinks;

/**
 * What the parent's page shows, every text already chosen: the parent's language where the catalog
 * has it (Swedish, with a notice, where it does not), when each step should happen in words, and how
 * to reach it. Built from the follow-up record (service ids and urgencies only) and the serving
 * catalog, so the page never needs the request.
 *
 * @param state  "ok", "unknown" or "expired"
 * @param answer a confirmation to show after an answer, or null
 */
public record Handout(String state, String lang, String dir, HandoutMessages m, List<StepText> steps, CentreText centre,
                      List<String> notices, String qrSvg, String reference, String expiresWeek, String answer,
                      List<String> outcomes, CrisisText crisis) {

    /**
     * For thoughts of self-harm: the same-day contact and the crisis lines, first on the page, because the parent is
     * the one at risk. Null on every other page.
     */
    public record CrisisText(List<StepText> steps, List<LineText> lines) {
    }

    /** A crisis line as the parent reads it; {@code translated} is false when it is shown in Swedish. */
    public record LineText(String name, String phone, String tel, String web, String when, boolean translated) {
    }

    /** One step as the parent reads it; a web address that is not one of {@link WebLinks#SCHEMES} is left off. */
    public record StepText(String serviceId, String name, String description, String howTo, String when, String phone,
                           String tel, String address, String hours, String web, boolean translated, Set<String> answered) {
        public StepText {
            // Validation refuses such a catalog; this holds also for one that reached the store before it did.
            web = WebLinks.linkable(web) ? web : null;
        }
    }

    /** The family centre the request named. */
    public record CentreText(String name, String phone, String tel, String address, String hours) {
    }

    static Handout notFound(String language) {
        return status("unknown", language);
    }

    static Handout expired(String language) {
        return status("expired", language);
    }

    private static Handout status(String state, String language) {
        HandoutMessages m = HandoutMessages.in(language);
        return new Handout(state, m.language(), m.direction(), m, List.of(), null, List.of(), null, null, null, null, List.of(), null);
    }

    static Handout of(FollowUps.Followed followed, ServiceCatalog catalog, List<Contact> lines, String qrSvg, String answer) {
        String wanted = followed.language() == null ? HandoutMessages.SWEDISH : followed.language();
        HandoutMessages m = HandoutMessages.in(wanted);
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
            StepText text = step(service, step, m);
            anyUntranslated |= !text.translated();
            ServiceText translation = service.translations().get(m.language());
            anyUnreviewed |= translation != null && translation.checked() == null;
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
        List<String> outcomes = Arrays.stream(Outcome.values()).map(Enum::name).toList();
        CrisisText crisis = crisisSteps.isEmpty() && crisisLines.isEmpty() ? null
                : new CrisisText(crisisSteps, lines(lines, crisisLines, m.language()));
        return new Handout("ok", m.language(), m.direction(), m, steps, centre, notices, qrSvg,
                followed.reference(), followed.expiresWeek(), answer, outcomes, crisis);
    }

    /** The lines the record names, in the rule set's order; a line the serving rule set no longer has is left out. */
    private static List<LineText> lines(List<Contact> contacts, List<String> ids, String language) {
        boolean catalogLanguage = language.equals("sv") || language.equals("en");
        return contacts.stream().filter(c -> ids.contains(c.id()))
                .map(c -> new LineText(pick(c.name(), language), c.phone(), tel(c.phone()), c.web(), pick(c.when(), language),
                        catalogLanguage)).toList();
    }

    private static StepText step(Service service, FollowUps.FollowedStep step, HandoutMessages m) {
        String language = m.language();
        ServiceText translation = service.translations().get(language);
        boolean catalogLanguage = language.equals("sv") || language.equals("en");
        String name = catalogLanguage ? pick(service.name(), language) : translation != null && translation.name() != null
                ? translation.name() : service.name().sv();
        String description = catalogLanguage ? pick(service.description(), language)
                : translation != null && translation.description() != null ? translation.description() : service.description().sv();
        String howTo = service.access() == null || service.access().howTo() == null ? null
                : catalogLanguage ? pick(service.access().howTo(), language)
                : translation != null && translation.howTo() != null ? translation.howTo() : service.access().howTo().sv();
        boolean translated = catalogLanguage || translation != null;
        String phone = service.access() == null ? null : service.access().phone();
        String hours = service.access() == null || service.access().hours() == null ? null
                : pick(service.access().hours(), language);
        Set<String> answered = new TreeSet<>(step.answered());
        return new StepText(service.id(), name, description, howTo, m.get("when." + step.urgency()), phone, tel(phone),
                service.access() == null ? null : service.access().address(), hours,
                service.access() == null ? null : service.access().web(), translated, answered);
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
