package se.lotsen.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import se.lotsen.core.Contact;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.EpdsForm;
import se.lotsen.core.ruleset.EpdsPolicy;
import se.lotsen.core.ruleset.LegalReference;
import se.lotsen.core.ruleset.RiskFloor;
import se.lotsen.core.ruleset.RiskPolicy;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.core.ruleset.RuleSetManifest;
import se.lotsen.core.ruleset.SafeguardingPolicy;
import se.lotsen.core.ruleset.SafeguardingTrigger;
import se.lotsen.core.ruleset.Weight;

/**
 * Checks ruleset.yaml beyond its form: every code weighed, every weight that adds risk explained,
 * cut-offs written as on the source page, every line and the legal reference checked within a year.
 */
final class ManifestChecks {
    private final Lines lines;
    private final Consumer<Problem> errors;
    private final Consumer<Problem> warnings;
    private final LocalDate today;

    /** Finds the line of a key in the manifest file(s), so a policy owner is sent to the right place. */
    interface Lines {
        Problem at(String near, String sv, String en);
    }

    ManifestChecks(Lines lines, Consumer<Problem> errors, Consumer<Problem> warnings, LocalDate today) {
        this.lines = lines;
        this.errors = errors;
        this.warnings = warnings;
        this.today = today;
    }

    void check(RuleSetManifest m, ServiceCatalog catalog) {
        require(m.id() != null && m.id().matches("[A-Za-z0-9._-]{1,64}"), "id:",
                "id ska vara 1–64 bokstäver, siffror, punkter, bindestreck eller understreck.",
                "id must be 1-64 letters, digits, dots, dashes or underscores.");
        require(m.version() != null && m.version().matches("[A-Za-z0-9._-]{1,64}"), "version:",
                "version ska vara 1–64 bokstäver, siffror, punkter, bindestreck eller understreck.",
                "version must be 1-64 letters, digits, dots, dashes or underscores.");
        require(m.description() != null, "description:", "description (sv, en) saknas.", "description (sv, en) is missing.");
        if (require(m.epds() != null, "epds:", "epds saknas.", "epds is missing.")) {
            checkEpds(m.epds());
        }
        m.parentTexts().showUnreviewed().keySet().forEach(language -> require(
                language.equals("sv") || language.equals("prs") || Arrays.asList(Locale.getISOLanguages()).contains(language),
                "showUnreviewed:", "parentTexts.showUnreviewed: \"" + language + "\" är ingen språkkod (ISO 639-1, prs för dari, sv).",
                "parentTexts.showUnreviewed: \"" + language + "\" is not a language code (ISO 639-1, prs for Dari, sv)."));
        if (require(m.risk() != null, "risk:", "risk saknas.", "risk is missing.")) {
            checkRisk(m.risk());
        }
        Set<ProtectiveFactor> noAdvice = EnumSet.allOf(ProtectiveFactor.class);
        noAdvice.removeAll(m.protectiveAdvice().keySet());
        require(noAdvice.isEmpty(), "protectiveAdvice:", "protectiveAdvice saknar text för " + noAdvice + ".",
                "protectiveAdvice has no text for " + noAdvice + ".");
        if (require(m.safeguarding() != null, "safeguarding:", "safeguarding saknas: det anger anmälningsplikten.",
                "safeguarding is missing: it states the duty to report.")) {
            checkSafeguarding(m.safeguarding());
        }
        if (require(m.fallback() != null, "fallback:", "fallback saknas.", "fallback is missing.")) {
            require(catalog.service(m.fallback().service()).isPresent(), "service: " + m.fallback().service(),
                    "fallback.service " + m.fallback().service() + " finns inte i " + RuleSetFiles.CATALOG + ".",
                    "fallback.service " + m.fallback().service() + " is not in " + RuleSetFiles.CATALOG + ".");
        }
        if (m.schoolStart() != null) {
            require(m.schoolStart().month() >= 1 && m.schoolStart().month() <= 12 && m.schoolStart().day() >= 1
                    && m.schoolStart().day() <= 28, "schoolStart:", "schoolStart ska vara en månad 1–12 och en dag 1–28.",
                    "schoolStart must be a month 1-12 and a day 1-28.");
        }
    }

    private void checkEpds(EpdsPolicy epds) {
        require(!epds.forms().isEmpty(), "forms:", "epds.forms saknar formulär.", "epds.forms lists no forms.");
        Set<String> codes = new HashSet<>();
        for (EpdsForm form : epds.forms()) {
            String near = "code: " + form.code();
            require(form.code() != null && form.code().matches("[a-z]{2,3}(-[A-Z]{2})?"), near,
                    "Formulärkoden " + form.code() + " ska vara en språkkod, med region när språket har flera formulär (en-ZA).",
                    "The form code " + form.code() + " must be a language code, with a region when a language has several forms (en-ZA).");
            for (String code : concat(form.code(), form.aliases())) {
                require(codes.add(code), near, "Formulärkoden " + code + " står två gånger.", "The form code " + code + " is listed twice.");
            }
            require(form.name() != null, near, "Formuläret " + form.code() + " saknar name (sv, en).",
                    "The form " + form.code() + " has no name (sv, en).");
            if (form.cutoff() != null) {
                boolean written = form.cutoff().matches("\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*");
                if (require(written, near, "cutoff för " + form.code() + " ska skrivas som på Rikshandboken, \"a/b\" (positivt vid b eller mer).",
                        "cutoff for " + form.code() + " must be written as on Rikshandboken, \"a/b\" (positive at b or more).")) {
                    String[] parts = form.cutoff().split("/");
                    int below = Integer.parseInt(parts[0].strip());
                    int from = Integer.parseInt(parts[1].strip());
                    require(from == below + 1 && from >= 1 && from <= 30, near, "cutoff " + form.cutoff() + " för " + form.code()
                            + " ska vara två tal i följd mellan 0 och 30.", "cutoff " + form.cutoff() + " for " + form.code()
                            + " must be two consecutive numbers between 0 and 30.");
                }
            }
        }
        EpdsForm fallback = epds.forms().stream().filter(f -> f.code().equals(epds.fallbackForm())).findFirst().orElse(null);
        require(fallback != null && fallback.validated(), "fallbackForm:", "epds.fallbackForm ska vara ett formulär med validerat gränsvärde.",
                "epds.fallbackForm must be a form with a validated cut-off.");
        require(epds.wellAboveMargin() > 0 && epds.moderateToSevereMargin() >= 0 && epds.moderateToSevereMargin() <= epds.wellAboveMargin(),
                "wellAboveMargin:", "epds.moderateToSevereMargin ska vara 0 eller mer och högst wellAboveMargin, som ska vara över 0.",
                "epds.moderateToSevereMargin must be 0 or more and at most wellAboveMargin, which must be above 0.");
        if (epds.unvalidatedPositiveFrom() != null && fallback != null && fallback.validated()) {
            int from = epds.unvalidatedPositiveFrom();
            int most = fallback.positiveFrom();
            // Read conservatively: a form nobody validated is never read more leniently than the fallback form.
            require(from >= 1 && from <= most, "unvalidatedPositiveFrom:", "epds.unvalidatedPositiveFrom ska vara 1–" + most
                    + " (högst formuläret " + fallback.code() + "s gränsvärde), så att ett formulär utan validerat gränsvärde läses försiktigt.",
                    "epds.unvalidatedPositiveFrom must be 1-" + most + " (at most the " + fallback.code() + " form's cut-off), so that a "
                    + "form without a validated cut-off is read conservatively.");
        }
        stale(epds.checked(), "checked:", "EPDS-tabellen", "the EPDS table");
    }

    private void checkRisk(RiskPolicy risk) {
        Set<RiskFactor> unweighted = EnumSet.allOf(RiskFactor.class);
        unweighted.removeAll(risk.weights().keySet());
        require(unweighted.isEmpty(), "weights:", "risk.weights saknar vikt för " + unweighted + ".",
                "risk.weights has no weight for " + unweighted + ".");
        risk.weights().forEach((factor, weight) -> {
            require(weight != null && weight.weight() >= 0 && weight.weight() <= 20, factor + ":",
                    "Vikten för " + factor + " ska vara 0–20.", "The weight of " + factor + " must be 0-20.");
            require(weight == null || weight.weight() == 0 || hasWhy(weight), factor + ":",
                    "Riskfaktorn " + factor + " får bara ge vikt när det står varför (why).",
                    "The risk factor " + factor + " may only add weight when a why is written down.");
        });
        Set<ProtectiveFactor> unweightedProtective = EnumSet.allOf(ProtectiveFactor.class);
        unweightedProtective.removeAll(risk.protectiveWeights().keySet());
        require(unweightedProtective.isEmpty(), "protectiveWeights:", "risk.protectiveWeights saknar vikt för "
                + unweightedProtective + ".", "risk.protectiveWeights has no weight for " + unweightedProtective + ".");
        Weight severe = risk.severeNeedWeight();
        if (severe != null) {
            require(severe.weight() >= 0 && severe.weight() <= 20 && (severe.weight() == 0 || hasWhy(severe)), "severeNeedWeight:",
                    "risk.severeNeedWeight ska vara 0–20, och bara ge vikt när det står varför (why).",
                    "risk.severeNeedWeight must be 0-20, and may only add weight when a why is written down.");
        }
        require(risk.elevatedFrom() < risk.highFrom(), "highFrom:", "risk.elevatedFrom ska vara lägre än risk.highFrom.",
                "risk.elevatedFrom must be below risk.highFrom.");
        Set<String> ids = new HashSet<>();
        for (RiskFloor floor : risk.floors()) {
            String near = "id: " + floor.id();
            require(floor.id() != null && ids.add(floor.id()), near, "Varje golv behöver ett eget id.", "Every floor needs an id of its own.");
            require(floor.hasCondition() && floor.atLeast() != null && floor.why() != null, near,
                    "Golvet " + floor.id() + " behöver when (eller severeNeeds), atLeast och why.",
                    "The floor " + floor.id() + " needs when (or severeNeeds), atLeast and why.");
        }
    }

    private void checkSafeguarding(SafeguardingPolicy policy) {
        require(policy.duty() != null && policy.dutyExpecting() != null, "duty:",
                "safeguarding.duty och safeguarding.dutyExpecting (sv, en) behövs: de anger anmälningsplikten.",
                "safeguarding.duty and safeguarding.dutyExpecting (sv, en) are needed: they state the duty to report.");
        LegalReference law = policy.legalReference();
        if (require(law != null && law.act() != null && law.checked() != null, "legalReference:",
                "safeguarding.legalReference behöver act och checked (när den senast kontrollerades).",
                "safeguarding.legalReference needs act and checked (when it was last checked).")) {
            stale(law.checked(), "legalReference:", "lagrummet för anmälningsplikten", "the legal reference of the duty to report");
            if (law.provision() == null || law.provision().isBlank()) {
                warnings.accept(lines.at("legalReference:", "Kapitel och paragraf för anmälningsplikten i " + law.act()
                        + " är inte bekräftade (provision). En policyägare bekräftar dem.", "The chapter and section of the duty to "
                        + "report in " + law.act() + " are not confirmed (provision). A policy owner confirms them."));
            }
        }
        Set<String> ids = new HashSet<>();
        for (Contact contact : policy.contacts()) {
            String near = "id: " + contact.id();
            require(contact.id() != null && ids.add(contact.id()), near, "Kontakten " + contact.id() + " står två gånger.",
                    "The contact " + contact.id() + " is listed twice.");
            require(contact.name() != null && contact.when() != null && contact.forWhom() != null, near,
                    "Kontakten " + contact.id() + " behöver name, when och forWhom (sv, en).",
                    "The contact " + contact.id() + " needs name, when and forWhom (sv, en).");
            require(contact.web() == null || contact.web().startsWith("https://"), near, "Webbadressen till " + contact.id()
                    + " ska börja med https://.", "The web address of " + contact.id() + " must start with https://.");
            if (contact.phone() != null) {
                if (require(contact.checked() != null, near, "Numret till " + contact.id() + " behöver checked: datumet då det senast kontrollerades.",
                        "The number of " + contact.id() + " needs checked: the date it was last checked.")) {
                    stale(contact.checked(), near, "numret till " + contact.id(), "the number of " + contact.id());
                }
            }
        }
        checkTriggers(policy, ids);
    }

    /** Each trigger says what it is (sv, en), and names only lines that exist; a rule belongs to one trigger. */
    private void checkTriggers(SafeguardingPolicy policy, Set<String> contactIds) {
        Set<String> ids = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (SafeguardingTrigger trigger : policy.triggers()) {
            String near = "id: " + trigger.id();
            require(trigger.id() != null && ids.add(trigger.id()), near, "Varje utlösare i safeguarding.triggers behöver ett eget id.",
                    "Every trigger in safeguarding.triggers needs an id of its own.");
            require(!trigger.rules().isEmpty() && trigger.lead() != null, near,
                    "Utlösaren " + trigger.id() + " behöver rules och lead (sv, en): vad skyddsfrågan är, sagt först.",
                    "The trigger " + trigger.id() + " needs rules and lead (sv, en): what the concern is, said first.");
            for (String rule : trigger.rules()) {
                require(rules.add(rule), near, "Regeln " + rule + " står under mer än en utlösare.", "The rule " + rule + " is under more than one trigger.");
            }
            List<String> parentLines = trigger.parent() == null ? List.of() : trigger.parent().contacts();
            for (String line : parentLines) {
                require(contactIds.contains(line), near, "Utlösaren " + trigger.id() + " nämner linjen " + line + ", som inte finns i safeguarding.contacts.",
                        "The trigger " + trigger.id() + " names the line " + line + ", which is not in safeguarding.contacts.");
            }
        }
    }

    private void stale(LocalDate checked, String near, String sv, String en) {
        if (checked != null && checked.isBefore(today.minusYears(1))) {
            warnings.accept(lines.at(near, "Det är mer än ett år sedan " + sv + " kontrollerades (" + checked + "). Kontrollera och uppdatera checked.",
                    "It is more than a year since " + en + " was checked (" + checked + "). Check it and update checked."));
        }
    }

    private static boolean hasWhy(Weight weight) {
        return weight.why() != null && !weight.why().isBlank();
    }

    private static List<String> concat(String first, List<String> rest) {
        ArrayList<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private boolean require(boolean condition, String near, String sv, String en) {
        if (!condition) {
            errors.accept(lines.at(near, sv, en));
        }
        return condition;
    }
}
