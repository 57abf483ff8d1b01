package se.lotsen.policy.tables;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.lotsen.core.Epds;
import se.lotsen.core.Labelled;
import se.lotsen.core.Need;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Screenings;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.scenarios.Scenario.Expectation;
import se.lotsen.policy.scenarios.Scenario.StepExpectation;

/** One row of the Scenarier sheet: the family it describes and what its pathway must show, each problem named by row and column. */
final class ScenarioRowReader {
    private static final int MAX = SuggestionRequest.MAX_CHILD_AGE_MONTHS;

    private final String path;
    private final Map<ScenarioColumn, Integer> columns;
    private final ServiceWords services;
    private final Set<String> centres;
    private final List<Problem> problems;
    private final TableLine line;
    private final Cells<ScenarioColumn> cells;
    private String name;

    ScenarioRowReader(String path, Map<ScenarioColumn, Integer> columns, ServiceWords services, Set<String> centres,
                      List<Problem> problems, TableLine line) {
        this.path = path;
        this.columns = columns;
        this.services = services;
        this.centres = centres;
        this.problems = problems;
        this.line = line;
        this.cells = new Cells<>(columns, line, this::problem);
    }

    Scenario scenario() {
        int before = problems.size();
        name = text(ScenarioColumn.SCENARIO);
        if (name.isEmpty()) {
            problem(ScenarioColumn.SCENARIO, "saknar namn", "has no name");
        } else if (!name.matches("[A-Za-z0-9ÅÄÖåäö._-]{1,80}")) {
            problem(ScenarioColumn.SCENARIO, "\"" + name + "\" är inget giltigt namn (bokstäver, siffror, - . _; högst 80 tecken)",
                    "\"" + name + "\" is not a valid name (letters, digits, - . _; at most 80 characters)");
        }
        SuggestionRequest request = request();
        Expectation expect = expectation();
        String why = text(ScenarioColumn.WHY);
        if (why.isEmpty()) {
            problem(ScenarioColumn.WHY, "är tom: varje scenario säger varför utfallet är rätt", "is empty: every scenario says why its outcome is right");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Scenario(path, line.number(), name, why, date(), request, expect);
    }

    private SuggestionRequest request() {
        String age = text(ScenarioColumn.AGE);
        Integer months = null;
        boolean expecting = false;
        if (Column.EXPECTING_WORDS.contains(Words.normal(age))) {
            expecting = true;
        } else {
            months = number(ScenarioColumn.AGE, 0, MAX, "månader 0–" + MAX + ", eller \"väntar barn\"", "months 0–" + MAX
                    + ", or \"expecting\"");
            if (age.isEmpty()) {
                problem(ScenarioColumn.AGE, "är tom. Skriv månader 0–" + MAX + ", eller \"väntar barn\"", "is empty. Write months 0–"
                        + MAX + ", or \"expecting\"");
            }
        }
        List<Need> needs = new ArrayList<>();
        for (String item : list(ScenarioColumn.NEEDS)) {
            needs.add(need(item));
        }
        List<RiskFactor> risks = codes(ScenarioColumn.RISKS, ScenarioColumn.RISK_FACTORS);
        List<ProtectiveFactor> protective = codes(ScenarioColumn.PROTECTIVE, ScenarioColumn.PROTECTIVE_FACTORS);
        String language = text(ScenarioColumn.LANGUAGE).toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !Set.of(Locale.getISOLanguages()).contains(language)) {
            problem(ScenarioColumn.LANGUAGE, "\"" + language + "\" är ingen språkkod (ISO 639-1, t.ex. sv, ar, so)",
                    "\"" + language + "\" is not a language code (ISO 639-1, such as sv, ar, so)");
        }
        String centre = text(ScenarioColumn.CENTRE);
        if (!centre.isEmpty() && !centres.contains(centre)) {
            problem(ScenarioColumn.CENTRE, "\"" + centre + "\" är ingen familjecentral i catalog/services.yaml ("
                    + String.join(", ", centres.stream().sorted().toList()) + ")", "\"" + centre
                    + "\" is not a family centre in catalog/services.yaml (" + String.join(", ", centres.stream().sorted().toList()) + ")");
        }
        return new SuggestionRequest(months, expecting ? Boolean.TRUE : null, needs, risks, protective, epds(),
                language.isEmpty() ? null : language, centre.isEmpty() ? null : centre);
    }

    /** "Sömn" or "Sömn: Svår": the whole entry is tried as a need first, since a label could hold a colon. */
    private Need need(String item) {
        NeedCategory whole = Column.NEEDS.read(item);
        if (whole != null) {
            return new Need(whole, null);
        }
        int colon = item.lastIndexOf(':');
        NeedCategory category = colon > 0 ? Column.NEEDS.read(item.substring(0, colon)) : null;
        Severity severity = colon > 0 ? Column.SEVERITIES.read(item.substring(colon + 1)) : null;
        if (category == null) {
            problem(ScenarioColumn.NEEDS, "\"" + item + "\" känns inte igen. Skriv behov, gärna med svårighetsgrad (\"Sömn: Svår\"), "
                    + "åtskilda med semikolon. Behoven är: " + Column.NEEDS.allowed(), "\"" + item + "\" is not known. Write needs, "
                    + "with a severity if you like (\"Sleep: Severe\"), separated by semicolons. The needs are: " + Column.NEEDS.allowed());
        } else if (severity == null) {
            problem(ScenarioColumn.NEEDS, "\"" + item.substring(colon + 1).strip() + "\" är ingen svårighetsgrad. Skriv ett av: "
                    + Column.SEVERITIES.allowed(), "\"" + item.substring(colon + 1).strip() + "\" is not a severity. Write one of: "
                    + Column.SEVERITIES.allowed());
        }
        return new Need(category == null ? NeedCategory.SLEEP : category, severity);
    }

    private Screenings epds() {
        boolean given = !text(ScenarioColumn.EPDS_TOTAL).isEmpty() || !text(ScenarioColumn.EPDS_ITEM10).isEmpty()
                || !text(ScenarioColumn.EPDS_FORM).isEmpty();
        if (!given) {
            return null;
        }
        Integer total = number(ScenarioColumn.EPDS_TOTAL, 0, 30, "en summa 0–30", "a total 0–30");
        Integer item10 = number(ScenarioColumn.EPDS_ITEM10, 0, 3, "poäng 0–3", "a score 0–3");
        String form = text(ScenarioColumn.EPDS_FORM);
        for (ScenarioColumn column : List.of(ScenarioColumn.EPDS_TOTAL, ScenarioColumn.EPDS_ITEM10, ScenarioColumn.EPDS_FORM)) {
            if (text(column).isEmpty()) {
                problem(column, "är tom: en EPDS behöver summa, fråga 10 och formulärets språk (t.ex. sv, en-ZA)",
                        "is empty: an EPDS needs its total, item 10 and the form's language (such as sv, en-ZA)");
            }
        }
        if (!form.isEmpty() && !form.matches("[a-z]{2,3}(-[A-Z]{2})?")) {
            problem(ScenarioColumn.EPDS_FORM, "\"" + form + "\" är ingen formulärkod (ett språk, ibland med region: sv, en, en-ZA, fa-AF)",
                    "\"" + form + "\" is not a form code (a language, sometimes with a region: sv, en, en-ZA, fa-AF)");
        }
        return total == null || item10 == null || form.isEmpty() ? null : new Screenings(Epds.ofTotal(form, total, item10));
    }

    private Expectation expectation() {
        List<StepExpectation> must = new ArrayList<>();
        for (String item : list(ScenarioColumn.MUST)) {
            must.add(step(item));
        }
        List<String> mustNot = new ArrayList<>();
        for (String item : list(ScenarioColumn.MUST_NOT)) {
            mustNot.add(service(ScenarioColumn.MUST_NOT, item));
        }
        ScenarioColumn.Order order = order();
        if (order != ScenarioColumn.Order.ANYWHERE && must.isEmpty()) {
            problem(ScenarioColumn.ORDER, "säger hur stegen i \"Ska finnas\" ska komma, men den kolumnen är tom",
                    "says how the steps in \"Must appear\" come, but that column is empty");
        }
        Urgency urgency = code(ScenarioColumn.URGENCY, Column.URGENCIES);
        RiskLevel risk = code(ScenarioColumn.RISK_LEVEL, Column.RISK_LEVELS);
        Boolean concern = yesNo(ScenarioColumn.SAFEGUARDING);
        List<String> rules = list(ScenarioColumn.RULES);
        Expectation expect = new Expectation(risk, urgency, concern, order == ScenarioColumn.Order.ONLY ? must : null,
                order == ScenarioColumn.Order.FIRST ? must : null, order == ScenarioColumn.Order.ANYWHERE && !must.isEmpty() ? must : null,
                mustNot.isEmpty() ? null : mustNot, rules.isEmpty() ? null : rules, null, null, null, null);
        if (must.isEmpty() && mustNot.isEmpty() && urgency == null && risk == null && concern == null && rules.isEmpty()) {
            problem(ScenarioColumn.MUST, "och de andra förväntningarna är tomma: ett scenario säger vad vägen ska visa "
                    + "(Ska finnas, Får inte finnas, Brådska, Risknivå, Skydd eller Regler)", "and the other expectations are empty: "
                    + "a scenario says what the pathway must show (Must appear, Must not appear, Urgency, Risk level, Safeguarding or Rules)");
        }
        return expect;
    }

    /**
     * "BVC-sjuksköterska" or "BVC-sjuksköterska: Inom en vecka, Riktat stöd, med tolk": the step's urgency, level,
     * whether it is a safeguarding step and whether it has an interpreter, any or none of them.
     */
    private StepExpectation step(String item) {
        if (services.read(item) != null) {
            return StepExpectation.of(services.read(item));
        }
        int colon = item.lastIndexOf(':');
        if (colon <= 0 || services.read(item.substring(0, colon)) == null) {
            return StepExpectation.of(service(ScenarioColumn.MUST, item));
        }
        Urgency urgency = null;
        Tier tier = null;
        Boolean safeguarding = null;
        Boolean interpreter = null;
        for (String word : item.substring(colon + 1).split(",")) {
            String normal = Words.normal(word);
            if (ScenarioColumn.SAFEGUARDING_STEP.containsKey(normal) && safeguarding == null) {
                safeguarding = ScenarioColumn.SAFEGUARDING_STEP.get(normal);
            } else if (ScenarioColumn.INTERPRETER.containsKey(normal) && interpreter == null) {
                interpreter = ScenarioColumn.INTERPRETER.get(normal);
            } else if (Column.URGENCIES.read(word) != null && urgency == null) {
                urgency = Column.URGENCIES.read(word);
            } else if (Column.TIERS.read(word) != null && tier == null) {
                tier = Column.TIERS.read(word);
            } else {
                problem(ScenarioColumn.MUST, "\"" + word.strip() + "\" (i \"" + item + "\") känns inte igen. Skriv tjänst: brådska, nivå, "
                        + "skyddssteg/inte skyddssteg, med tolk/utan tolk – brådska är ett av: " + Column.URGENCIES.allowed()
                        + "; nivå ett av: " + Column.TIERS.allowed(), "\"" + word.strip() + "\" (in \"" + item + "\") is not known. "
                        + "Write service: urgency, level, safeguarding/not safeguarding, with interpreter/without interpreter – urgency is "
                        + "one of: " + Column.URGENCIES.allowed() + "; level one of: " + Column.TIERS.allowed());
            }
        }
        return new StepExpectation(services.read(item.substring(0, colon)), urgency, tier, safeguarding, interpreter);
    }

    private String service(ScenarioColumn column, String item) {
        String id = services.read(item);
        if (id == null) {
            problem(column, "\"" + item + "\" är ingen tjänst i catalog/services.yaml. Skriv tjänstens namn eller id, åtskilda med semikolon",
                    "\"" + item + "\" is not a service in catalog/services.yaml. Write the services' names or ids, separated by semicolons");
        }
        return id;
    }

    private ScenarioColumn.Order order() {
        String cell = text(ScenarioColumn.ORDER);
        if (cell.isEmpty()) {
            return ScenarioColumn.Order.ANYWHERE;
        }
        ScenarioColumn.Order order = ScenarioColumn.ORDERS.get(Words.normal(cell));
        if (order == null) {
            problem(ScenarioColumn.ORDER, "\"" + cell + "\" känns inte igen. Skriv \"bara dessa\" (de här stegen och inga andra, i den här "
                    + "ordningen), \"först\" (de här stegen först, i den här ordningen) eller lämna tom (var som helst i vägen)",
                    "\"" + cell + "\" is not known. Write \"only these\" (these steps and no others, in this order), \"first\" "
                    + "(these steps first, in this order) or leave it empty (anywhere in the pathway)");
            return ScenarioColumn.Order.ANYWHERE;
        }
        return order;
    }

    private LocalDate date() {
        String cell = text(ScenarioColumn.DATE);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            problem(ScenarioColumn.DATE, "\"" + cell + "\" är inget datum. Skriv år-månad-dag, t.ex. 2026-11-24",
                    "\"" + cell + "\" is not a date. Write year-month-day, such as 2026-11-24");
            return null;
        }
    }

    private <E extends Enum<E> & Labelled> List<E> codes(ScenarioColumn column, Words<E> words) {
        List<E> codes = new ArrayList<>();
        for (String item : list(column)) {
            E code = words.read(item);
            if (code == null) {
                problem(column, "\"" + item + "\" känns inte igen. Skriv ett eller flera, åtskilda med semikolon, av: " + words.allowed(),
                        "\"" + item + "\" is not known. Write one or more, separated by semicolons, of: " + words.allowed());
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private <E extends Enum<E> & Labelled> E code(ScenarioColumn column, Words<E> words) {
        return cells.code(column, words, false);
    }

    private Integer number(ScenarioColumn column, int min, int max, String sv, String en) {
        String cell = text(column);
        if (cell.isEmpty() || Column.EXPECTING_WORDS.contains(Words.normal(cell))) {
            return null;
        }
        try {
            int value = Integer.parseInt(cell.replaceAll("[.,]0+$", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problem(column, "\"" + cell + "\" går inte att läsa. Skriv " + sv, "\"" + cell + "\" cannot be read. Write " + en);
        return null;
    }

    private Boolean yesNo(ScenarioColumn column) {
        return cells.yesNo(column, "prövas inte", "not checked");
    }

    private List<String> list(ScenarioColumn column) {
        return Arrays.stream(text(column).split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String text(ScenarioColumn column) {
        return cells.text(column);
    }

    private void problem(ScenarioColumn column, String sv, String en) {
        String who = name == null || name.isEmpty() ? "" : " " + name;
        problems.add(Problem.of(path, line.number(), "Scenariot" + who + ", kolumnen \"" + column.heading.sv() + "\" " + sv + ".",
                "Scenario" + who + ", column \"" + column.heading.en() + "\" " + en + "."));
    }
}
