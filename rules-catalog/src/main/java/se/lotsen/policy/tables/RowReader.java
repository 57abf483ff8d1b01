package se.lotsen.policy.tables;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.lotsen.core.Labelled;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/** One data row of a routing table: each cell read as a value of its column, every problem named by row and column. */
final class RowReader {
    private final String path;
    private final Map<Column, Integer> columns;
    private final Set<String> services;
    private final Set<String> centres;
    private final List<Problem> problems;
    private final TableLine line;
    private final Cells<Column> cells;
    private String name;

    RowReader(String path, Map<Column, Integer> columns, Set<String> services, Set<String> centres, List<Problem> problems,
              TableLine line) {
        this.path = path;
        this.columns = columns;
        this.services = services;
        this.centres = centres;
        this.problems = problems;
        this.line = line;
        this.cells = new Cells<>(columns, line, this::cellProblem);
    }

    RoutingRow row() {
        int before = problems.size();
        name = text(Column.RULE);
        if (name.isEmpty()) {
            cellProblem(Column.RULE, "saknar regelnamn", "has no rule name");
        } else if (!name.matches("[A-Za-z0-9ÅÄÖåäö._-]{1,80}")) {
            cellProblem(Column.RULE, "\"" + name + "\" är inget giltigt regelnamn (bokstäver, siffror, - . _; högst 80 tecken)",
                    "\"" + name + "\" is not a valid rule name (letters, digits, - . _; at most 80 characters)");
        }
        NeedCategory need = code(Column.NEED, Column.NEEDS, true);
        Severity from = code(Column.SEVERITY_FROM, Column.SEVERITIES, false);
        Severity to = code(Column.SEVERITY_TO, Column.SEVERITIES, false);
        Integer ageFrom = age(Column.AGE_FROM);
        Integer ageTo = age(Column.AGE_TO);
        if (from != null && to != null && from.compareTo(to) > 0) {
            cellProblem(Column.SEVERITY_TO, "är lindrigare än \"Svårighetsgrad från\"", "is milder than \"Severity from\"");
        }
        if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            cellProblem(Column.AGE_TO, "är lägre än \"Ålder från\"", "is below \"Age from\"");
        }
        Boolean preschoolClass = yesNo(Column.PRESCHOOL_CLASS);
        RiskLevel risk = code(Column.RISK_AT_LEAST, Column.RISK_LEVELS, false);
        Boolean violence = yesNo(Column.VIOLENCE);
        Boolean preschoolPlace = yesNo(Column.PRESCHOOL_PLACE);
        String language = text(Column.LANGUAGE).toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !Set.of(Locale.getISOLanguages()).contains(language)) {
            cellProblem(Column.LANGUAGE, "\"" + language + "\" är ingen språkkod (ISO 639-1, t.ex. sv, ar, so)",
                    "\"" + language + "\" is not a language code (ISO 639-1, such as sv, ar, so)");
        }
        String centre = text(Column.CENTRE);
        if (!centre.isEmpty() && !centres.contains(centre)) {
            cellProblem(Column.CENTRE, "\"" + centre + "\" är ingen familjecentral i catalog/services.yaml (" + sorted(centres) + ")",
                    "\"" + centre + "\" is not a family centre in catalog/services.yaml (" + sorted(centres) + ")");
        }
        String service = text(Column.SERVICE);
        if (service.isEmpty()) {
            cellProblem(Column.SERVICE, "saknar tjänst", "has no service");
        } else if (!services.contains(service)) {
            cellProblem(Column.SERVICE, "\"" + service + "\" finns inte i catalog/services.yaml",
                    "\"" + service + "\" is not in catalog/services.yaml");
        }
        Urgency urgency = code(Column.URGENCY, Column.URGENCIES, true);
        Tier tier = code(Column.TIER, Column.TIERS, true);
        String sv = reason(Column.REASON_SV);
        String en = reason(Column.REASON_EN);
        if (problems.size() > before) {
            return null;
        }
        return new RoutingRow(name, line.number(), need, from, to, ageFrom, ageTo, preschoolClass, risk, violence,
                preschoolPlace, language.isEmpty() ? null : language, centre.isEmpty() ? null : centre, service,
                urgency, tier, sv, en);
    }

    private String text(Column column) {
        return cells.text(column);
    }

    private <E extends Enum<E> & Labelled> E code(Column column, Words<E> words, boolean required) {
        return cells.code(column, words, required);
    }

    private Integer age(Column column) {
        String cell = text(column);
        if (cell.isEmpty()) {
            return null;
        }
        if (Column.EXPECTING_WORDS.contains(Words.normal(cell))) {
            return -1;
        }
        try {
            int months = Integer.parseInt(cell.replaceAll("[.,]0+$", ""));
            if (months >= -1 && months <= SuggestionRequest.MAX_CHILD_AGE_MONTHS) {
                return months;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        cellProblem(column, "\"" + cell + "\" är ingen ålder. Skriv månader 0–" + SuggestionRequest.MAX_CHILD_AGE_MONTHS + ", eller \"väntar barn\"",
                "\"" + cell + "\" is not an age. Write months 0–" + SuggestionRequest.MAX_CHILD_AGE_MONTHS + ", or \"expecting\"");
        return null;
    }

    private Boolean yesNo(Column column) {
        return cells.yesNo(column, "gäller alla", "applies to all");
    }

    private String reason(Column column) {
        String cell = text(column);
        if (cell.isEmpty()) {
            cellProblem(column, "är tom: varje rad förklarar steget på svenska och engelska",
                    "is empty: every row explains its step in Swedish and English");
        }
        return cell;
    }

    private void cellProblem(Column column, String sv, String en) {
        String who = name == null || name.isEmpty() ? "" : name + ", ";
        problems.add(Problem.of(path, line.number(), "Rad " + who + "kolumnen \"" + column.heading.sv() + "\" " + sv + ".",
                "Row " + who + "column \"" + column.heading.en() + "\" " + en + "."));
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
