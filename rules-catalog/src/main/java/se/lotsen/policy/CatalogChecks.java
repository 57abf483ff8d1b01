package se.lotsen.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.catalog.ServiceText;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * Checks catalog/services.yaml: every service complete, ids unique, ages and centres that exist, web addresses that only
 * link, and translations (parent texts) whole and in a known language; lists the translations nobody has checked yet.
 */
final class CatalogChecks {
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    /** ISO 639-3 codes a translation may also use, for languages ISO 639-1 has no code of their own for: Dari. */
    private static final Set<String> MORE_LANGUAGES = Set.of("prs");

    /** Where a key inside an entry is: the entry's own line ({@code id: X}), then the key ({@code ar:}). */
    interface EntryLines {
        Problem at(String entry, String key, String sv, String en);
    }

    private final ManifestChecks.Lines lines;
    private final EntryLines entryLines;
    /** Per language, the services whose translation nobody has checked yet ("ej granskad"). */
    private final Map<String, List<String>> unreviewed = new TreeMap<>();
    private final Consumer<Problem> errors;
    private final Consumer<Problem> warnings;
    private final LocalDate today;

    CatalogChecks(ManifestChecks.Lines lines, EntryLines entryLines, Consumer<Problem> errors, Consumer<Problem> warnings,
                  LocalDate today) {
        this.lines = lines;
        this.entryLines = entryLines;
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
        unreviewed.forEach((language, services) -> warnings.accept(lines.at("translations:",
                "Ej granskad: " + services.size() + " " + (services.size() == 1 ? "text" : "texter") + " på " + language + " ("
                        + String.join(", ", services) + ") har ingen checkedBy/checked. En person kommunen utser granskar dem; "
                        + "ruleset.yaml, parentTexts.showUnreviewed, avgör om föräldrar ser dem (märkta \"ej granskad\") innan dess.",
                "Not reviewed: " + services.size() + " " + (services.size() == 1 ? "text" : "texts") + " in " + language + " ("
                        + String.join(", ", services) + ") have no checkedBy/checked. A person the municipality names reviews them; "
                        + "ruleset.yaml, parentTexts.showUnreviewed, decides whether parents see them (marked \"not reviewed\") until then.")));
    }

    /**
     * A translation is whole (name, description and howTo; checkedBy and checked both or neither) and in a language
     * with a code: {@code sv} is the easy Swedish (lättläst) the parent's page shows, {@code en} is not a translation
     * (the catalog's own English is), any other is ISO 639-1 or one of {@link #MORE_LANGUAGES}.
     */
    private void checkTranslation(Service s, String language, ServiceText text) {
        String entry = "id: " + s.id();
        String key = language + ":";
        boolean known = language.equals("sv") || (ISO_LANGUAGES.contains(language) || MORE_LANGUAGES.contains(language))
                && !language.equals("en");
        if (!known) {
            errors.accept(entryLines.at(entry, key, s.id() + ": översättningen \"" + language + "\" har ingen känd språkkod. Skriv en "
                            + "ISO 639-1-kod (ar, so, ti, fa, uk, pl …), prs för dari, sv för lättläst svenska; engelska står i name/description.",
                    s.id() + ": the translation \"" + language + "\" has no known language code. Write an ISO 639-1 code (ar, so, ti, "
                            + "fa, uk, pl …), prs for Dari, sv for easy Swedish; English is in name/description."));
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(text.name())) {
            missing.add("name");
        }
        if (blank(text.description())) {
            missing.add("description");
        }
        if (blank(text.howTo())) {
            missing.add("howTo");
        }
        if (!missing.isEmpty()) {
            errors.accept(entryLines.at(entry, key, s.id() + ": översättningen " + language + " är halvfärdig: " + String.join(", ", missing)
                            + " saknas. En förälder ska få hela texten på ett språk; ta bort översättningen tills den är klar.",
                    s.id() + ": the " + language + " translation is half done: " + String.join(", ", missing) + " missing. A parent "
                            + "should get the whole text in one language; remove the translation until it is done."));
        }
        if ((text.checked() == null) != blank(text.checkedBy())) {
            errors.accept(entryLines.at(entry, key, s.id() + ": översättningen " + language + " har bara en av checkedBy och checked. "
                            + "Skriv båda (vem som granskade, och när) när en person har granskat den, annars ingen.",
                    s.id() + ": the " + language + " translation has only one of checkedBy and checked. Write both (who reviewed it, "
                            + "and when) once a person has reviewed it, otherwise neither."));
        } else if (text.checked() == null) {
            unreviewed.computeIfAbsent(language, l -> new ArrayList<>()).add(s.id());
        } else if (text.checked().isBefore(today.minusYears(1))) {
            warnings.accept(entryLines.at(entry, key, s.id() + ": översättningen till " + language + " granskades för mer än ett år sedan.",
                    s.id() + ": the " + language + " translation was reviewed more than a year ago."));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
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
