package se.lotsen.policy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.catalog.ServiceText;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/** Checks catalog/services.yaml: every service complete, ids unique, ages and centres that exist, web addresses that only link. */
final class CatalogChecks {
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ManifestChecks.Lines lines;
    private final Consumer<Problem> errors;
    private final Consumer<Problem> warnings;
    private final LocalDate today;

    CatalogChecks(ManifestChecks.Lines lines, Consumer<Problem> errors, Consumer<Problem> warnings, LocalDate today) {
        this.lines = lines;
        this.errors = errors;
        this.warnings = warnings;
        this.today = today;
    }

    void check(ServiceCatalog catalog) {
        Set<String> centres = new HashSet<>();
        for (Centre centre : catalog.centres()) {
            require(centre.id() != null && centre.id().matches("[A-Z0-9_]{1,40}") && centres.add(centre.id()) && centre.name() != null,
                    "id: " + centre.id(), "Familjecentralen " + centre.id() + " behöver ett eget id (versaler, siffror, _) och name.",
                    "The centre " + centre.id() + " needs an id of its own (capitals, digits, _) and a name.");
        }
        Set<String> ids = new HashSet<>();
        for (Service s : catalog.services()) {
            String at = "id: " + s.id();
            if (!require(s.id() != null && s.id().matches("[A-Z][A-Z0-9_]*"), "services:",
                    "Varje tjänst behöver ett id med versaler, t.ex. BVC_NURSE.", "Every service needs an id in capitals, such as BVC_NURSE.")) {
                continue;
            }
            require(ids.add(s.id()), at, "Tjänsten " + s.id() + " står två gånger.", "The service " + s.id() + " is listed twice.");
            require(s.name() != null && s.description() != null, at, s.id() + " behöver name och description (sv, en).",
                    s.id() + " needs name and description (sv, en).");
            require(s.tier() != null && s.provider() != null, at, s.id() + " behöver tier och provider.", s.id() + " needs a tier and a provider.");
            require(s.access() != null && s.access().howTo() != null, at, s.id() + " behöver access med howTo (sv, en).",
                    s.id() + " needs access with howTo (sv, en).");
            if (require(s.ages() != null, at, s.id() + " behöver ages (fromMonths, toMonths).", s.id() + " needs ages (fromMonths, toMonths).")) {
                require(s.ages().fromMonths() >= -1 && s.ages().toMonths() <= SuggestionRequest.MAX_CHILD_AGE_MONTHS
                        && s.ages().fromMonths() <= s.ages().toMonths(), at,
                        s.id() + ": ages ska ligga inom -1 (väntar barn) till " + SuggestionRequest.MAX_CHILD_AGE_MONTHS
                                + " månader, från ≤ till.",
                        s.id() + ": ages must lie within -1 (expecting) to " + SuggestionRequest.MAX_CHILD_AGE_MONTHS + " months, from <= to.");
            }
            if (s.access() != null && s.access().web() != null && !WebLinks.linkable(s.access().web())) {
                badWeb(s.id(), s.access().web(), at);
            }
            s.centres().forEach(c -> require(centres.contains(c), at, s.id() + " erbjuds på " + c + ", som katalogen inte har.",
                    s.id() + " is offered at centre " + c + ", which the catalog does not list."));
            s.languages().forEach(l -> require(ISO_LANGUAGES.contains(l), at, s.id() + ": språket " + l + " är ingen ISO 639-1-kod.",
                    s.id() + ": the language " + l + " is not an ISO 639-1 code."));
            s.translations().forEach((language, text) -> checkTranslation(s, language, text));
        }
    }

    private void checkTranslation(Service s, String language, ServiceText text) {
        String at = "id: " + s.id();
        require(ISO_LANGUAGES.contains(language) && !language.equals("sv") && !language.equals("en"), at,
                s.id() + ": översättningen " + language + " ska ha en ISO 639-1-kod utom sv och en (de står i name och description).",
                s.id() + ": the translation " + language + " needs an ISO 639-1 code other than sv and en (those are name and description).");
        require(text.name() != null && text.howTo() != null, at, s.id() + ": översättningen " + language + " behöver name och howTo.",
                s.id() + ": the translation " + language + " needs name and howTo.");
        if (text.checked() == null || text.checkedBy() == null) {
            warnings.accept(lines.at(at, s.id() + ": översättningen till " + language + " är inte granskad (checkedBy, checked saknas).",
                    s.id() + ": the " + language + " translation is not reviewed (checkedBy, checked missing)."));
        } else if (text.checked().isBefore(today.minusYears(1))) {
            warnings.accept(lines.at(at, s.id() + ": översättningen till " + language + " granskades för mer än ett år sedan.",
                    s.id() + ": the " + language + " translation was reviewed more than a year ago."));
        }
    }

    /** At the address's line, or at the service's when YAML escapes made the address look different in the file. */
    private void badWeb(String id, String web, String at) {
        String sv = id + ": webbadressen (web) \"" + printable(web) + "\" får bara börja med https:, http:, tel: eller mailto:; "
                + "en annan sorts adress kan köra kod på föräldrarnas sida.";
        String en = id + ": the web address (web) \"" + printable(web) + "\" may only start with https:, http:, tel: or mailto:; "
                + "another kind of address could run code on the parent's page.";
        Problem atAddress = lines.at(web, sv, en);
        errors.accept(atAddress.line() > 0 ? atAddress : lines.at(at, sv, en));
    }

    private static String printable(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 80 ? visible.substring(0, 80) + "…" : visible;
    }

    private boolean require(boolean condition, String near, String sv, String en) {
        if (!condition) {
            errors.accept(lines.at(near, sv, en));
        }
        return condition;
    }
}
