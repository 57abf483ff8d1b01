package se.lotsen.policy.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.lotsen.core.Contact;
import se.lotsen.core.Evaluation;
import se.lotsen.core.Labelled;
import se.lotsen.core.NotedFactor;
import se.lotsen.core.Pathway;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Reason;
import se.lotsen.core.Step;
import se.lotsen.core.Text;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.policy.scenarios.Scenario.Expectation;
import se.lotsen.policy.scenarios.Scenario.StepExpectation;

/**
 * Compares a pathway with what a scenario expects and says each difference in Swedish and English, in
 * the Scenarier sheet's words: the column ("Ska finnas"), what was expected and what came instead, with
 * services by their names ("Ska finnas: förväntade BVC-sjuksköterska; fick Öppna förskolan").
 */
final class Expectations {
    private final ServiceCatalog catalog;
    private final List<Text> failures = new ArrayList<>();

    private Expectations(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    static List<Text> failures(Expectation expect, Evaluation evaluation, ServiceCatalog catalog) {
        return new Expectations(catalog).compare(expect, evaluation);
    }

    private List<Text> compare(Expectation expect, Evaluation evaluation) {
        Pathway p = evaluation.pathway();
        code("Risknivå", "Risk level", expect.riskLevel(), p.riskLevel());
        code("Brådska", "Urgency", expect.urgency(), p.urgency());
        if (expect.concern() != null && expect.concern() != p.safeguarding().concern()) {
            add("Skydd: förväntade " + (expect.concern() ? "Ja" : "Nej") + "; fick " + (p.safeguarding().concern() ? "Ja" : "Nej"),
                    "Safeguarding: expected " + (expect.concern() ? "Yes" : "No") + "; got " + (p.safeguarding().concern() ? "Yes" : "No"));
        }
        if (expect.steps() != null && (expect.steps().size() != p.steps().size() || !matchAll(expect.steps(), p.steps()))) {
            steps("Ska finnas (bara dessa)", "Must appear (only these)", expect.steps(), p.steps());
        }
        if (expect.firstSteps() != null && (expect.firstSteps().size() > p.steps().size()
                || !matchAll(expect.firstSteps(), p.steps().subList(0, expect.firstSteps().size())))) {
            steps("Ska finnas (först)", "Must appear (first)", expect.firstSteps(), p.steps());
        }
        for (StepExpectation e : expect.includes() == null ? List.<StepExpectation>of() : expect.includes()) {
            if (p.steps().stream().noneMatch(s -> matches(e, s))) {
                steps("Ska finnas", "Must appear", List.of(e), p.steps());
            }
        }
        for (String service : expect.excludes() == null ? List.<String>of() : expect.excludes()) {
            if (p.steps().stream().anyMatch(s -> s.service().id().equals(service))) {
                Text name = name(service);
                Text all = actual(List.of(), p.steps());
                add("Får inte finnas: " + name.sv() + " kom ändå (vägen: " + all.sv() + ")",
                        "Must not appear: " + name.en() + " came all the same (the pathway: " + all.en() + ")");
            }
        }
        for (String rule : expect.rules() == null ? List.<String>of() : expect.rules()) {
            if (!evaluation.firedRules().contains(rule)) {
                String fired = String.join(", ", evaluation.firedRules());
                add("Regler: regeln " + rule + " slog inte till (de som slog till: " + none(fired, "inga") + ")",
                        "Rules: the rule " + rule + " did not fire (those that did: " + none(fired, "none") + ")");
            }
        }
        if (expect.unmatchedNeeds() != null && !expect.unmatchedNeeds().equals(p.unmatchedNeeds())) {
            add("Behov utan regel: förväntade " + labels(expect.unmatchedNeeds()).sv() + "; fick " + labels(p.unmatchedNeeds()).sv(),
                    "Needs no rule routed: expected " + labels(expect.unmatchedNeeds()).en() + "; got " + labels(p.unmatchedNeeds()).en());
        }
        List<String> contacts = ids(p.safeguarding().contacts(), Contact::id);
        if (expect.contacts() != null && !expect.contacts().equals(contacts)) {
            add("Kontakter: förväntade " + none(String.join(", ", expect.contacts()), "inga") + "; fick " + none(String.join(", ", contacts), "inga"),
                    "Contacts: expected " + none(String.join(", ", expect.contacts()), "none") + "; got " + none(String.join(", ", contacts), "none"));
        }
        for (String note : expect.notes() == null ? List.<String>of() : expect.notes()) {
            if (p.notes().stream().noneMatch(n -> n.ruleId().equals(note))) {
                String got = String.join(", ", ids(p.notes(), Reason::ruleId));
                add("Anteckningar: förväntade en anteckning från " + note + "; fick " + none(got, "inga"),
                        "Notes: expected a note from " + note + "; got " + none(got, "none"));
            }
        }
        for (var factor : expect.withheldAdvice() == null ? List.<ProtectiveFactor>of() : expect.withheldAdvice()) {
            if (p.protectiveFactors().stream().anyMatch(f -> f.code() == factor && f.advice() != null)) {
                Text given = labels(p.protectiveFactors().stream().filter(f -> f.advice() != null).map(NotedFactor::code).toList());
                add("Råd som hålls inne: förväntade inget råd för " + factor.label().sv() + "; fick råd för " + given.sv(),
                        "Withheld advice: expected no advice for " + factor.label().en() + "; got advice for " + given.en());
            }
        }
        return failures;
    }

    private void code(String sv, String en, Labelled expected, Labelled actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            add(sv + ": förväntade " + expected.label().sv() + "; fick " + (actual == null ? "inget" : actual.label().sv()),
                    en + ": expected " + expected.label().en() + "; got " + (actual == null ? "nothing" : actual.label().en()));
        }
    }

    private void steps(String sv, String en, List<StepExpectation> expected, List<Step> actual) {
        Text wanted = expected(expected);
        Text got = actual(expected, actual);
        add(sv + ": förväntade " + wanted.sv() + "; fick " + got.sv(), en + ": expected " + wanted.en() + "; got " + got.en());
    }

    private Text expected(List<StepExpectation> steps) {
        List<Text> each = steps.stream().map(e -> step(name(e.service()), e.urgency(), e.tier(), e.safeguarding(), e.interpreter())).toList();
        return join(each);
    }

    /** The pathway's steps, each with the attributes the expectation speaks of (no more, so the message reads like the row). */
    private Text actual(List<StepExpectation> expected, List<Step> steps) {
        boolean urgency = expected.stream().anyMatch(e -> e.urgency() != null);
        boolean tier = expected.stream().anyMatch(e -> e.tier() != null);
        boolean safeguarding = expected.stream().anyMatch(e -> e.safeguarding() != null);
        boolean interpreter = expected.stream().anyMatch(e -> e.interpreter() != null);
        return join(steps.stream().map(s -> step(s.service().name(),
                urgency ? s.urgency() : null, tier ? s.tier() : null,
                safeguarding ? s.safeguarding() : null, interpreter ? s.interpreter() : null)).toList());
    }

    private static Text step(Text name, Labelled urgency, Labelled tier, Boolean safeguarding, Boolean interpreter) {
        List<String> sv = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (urgency != null) {
            sv.add(urgency.label().sv());
            en.add(urgency.label().en());
        }
        if (tier != null) {
            sv.add(tier.label().sv());
            en.add(tier.label().en());
        }
        if (safeguarding != null) {
            sv.add(safeguarding ? "skyddssteg" : "inte skyddssteg");
            en.add(safeguarding ? "safeguarding" : "not safeguarding");
        }
        if (interpreter != null) {
            sv.add(interpreter ? "med tolk" : "utan tolk");
            en.add(interpreter ? "with interpreter" : "without interpreter");
        }
        return new Text(name.sv() + (sv.isEmpty() ? "" : " (" + String.join(", ", sv) + ")"),
                name.en() + (en.isEmpty() ? "" : " (" + String.join(", ", en) + ")"));
    }

    private Text name(String service) {
        return catalog.service(service).map(s -> s.name()).orElse(new Text(service, service));
    }

    private static Text join(List<Text> texts) {
        return new Text(none(String.join(", ", texts.stream().map(Text::sv).toList()), "inga steg"),
                none(String.join(", ", texts.stream().map(Text::en).toList()), "no steps"));
    }

    private static <T extends Labelled> Text labels(List<T> codes) {
        return new Text(none(String.join(", ", codes.stream().map(c -> c.label().sv()).toList()), "inga"),
                none(String.join(", ", codes.stream().map(c -> c.label().en()).toList()), "none"));
    }

    private static String none(String text, String word) {
        return text.isEmpty() ? word : text;
    }

    private void add(String sv, String en) {
        failures.add(new Text(sv, en));
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    private static boolean matchAll(List<StepExpectation> expected, List<Step> actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (!matches(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(StepExpectation e, Step s) {
        return e.service().equals(s.service().id())
                && (e.urgency() == null || e.urgency() == s.urgency())
                && (e.tier() == null || e.tier() == s.tier())
                && (e.safeguarding() == null || e.safeguarding() == s.safeguarding())
                && (e.interpreter() == null || e.interpreter() == s.interpreter());
    }
}
