package se.lotsen.policy.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.core.ruleset.RuleSetLimits;
import se.lotsen.policy.scenarios.Scenario;

/**
 * Reads the scenarios a policy owner keeps beside her routes: the Scenarier sheet of a workbook in
 * {@code tables/}, or a CSV file there whose first heading is "Scenario". One family per row, what its
 * pathway must show, and why; every cell that is not a word of its column is refused with its row,
 * column and the words allowed, as in the routing sheet. A table without scenarios gives none and no problem.
 */
public final class ScenarioTableReader {
    private final ServiceWords services;
    private final Set<String> centres;

    public ScenarioTableReader(ServiceCatalog catalog) {
        this.services = new ServiceWords(catalog);
        this.centres = catalog.centres().stream().map(Centre::id).collect(Collectors.toSet());
    }

    /** The scenarios read and the problems found; both empty for a table that holds no scenarios. */
    public record Result(List<Scenario> scenarios, List<Problem> problems) {
    }

    public Result read(String path, byte[] bytes) {
        List<TableLine> lines;
        try {
            lines = TableLines.read(path, bytes, TableKind.SCENARIOS).lines();
        } catch (TableText.UnreadableTable | IOException | RuntimeException unreadable) {
            // the routing reader reports a table that cannot be read, once
            return new Result(List.of(), List.of());
        }
        int heading = -1;
        for (int i = 0; i < lines.size() && heading < 0; i++) {
            heading = TableKind.SCENARIOS.heads(lines.get(i)) ? i : -1;
        }
        if (heading < 0) {
            return new Result(List.of(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Map<ScenarioColumn, Integer> columns = columns(path, lines.get(heading), problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TableLine line : lines.subList(heading + 1, lines.size())) {
            if (line.empty() || line.cell(0).startsWith("#")) {
                continue;
            }
            if (scenarios.size() >= RuleSetLimits.MAX_TABLE_ROWS) {
                problems.add(Problem.of(path, line.number(), "Scenarierna är fler än " + RuleSetLimits.MAX_TABLE_ROWS + ".",
                        "There are more than " + RuleSetLimits.MAX_TABLE_ROWS + " scenarios."));
                break;
            }
            Scenario scenario = new ScenarioRowReader(path, columns, services, centres, problems, line).scenario();
            if (scenario != null && !names.add(scenario.name())) {
                problems.add(Problem.of(path, line.number(), "Scenariot " + scenario.name() + " står på mer än en rad; "
                        + "varje scenario behöver ett eget namn.", "The scenario " + scenario.name()
                        + " is on more than one row; every scenario needs a name of its own."));
            } else if (scenario != null) {
                scenarios.add(scenario);
            }
        }
        return new Result(problems.isEmpty() ? scenarios : List.of(), List.copyOf(problems));
    }

    private static Map<ScenarioColumn, Integer> columns(String path, TableLine heading, List<Problem> problems) {
        Map<ScenarioColumn, Integer> columns = new EnumMap<>(ScenarioColumn.class);
        for (int c = 0; c < heading.cells().size(); c++) {
            String text = heading.cell(c);
            if (text.isEmpty()) {
                continue;
            }
            ScenarioColumn column = ScenarioColumn.of(text);
            if (column == null) {
                problems.add(Problem.of(path, heading.number(), "Scenarier: kolumnen \"" + text + "\" känns inte igen. Kolumnerna är: "
                        + ScenarioColumn.headings() + ".", "Scenarios: the column \"" + text + "\" is not known. The columns are: "
                        + ScenarioColumn.headings() + "."));
            } else if (columns.putIfAbsent(column, c) != null) {
                problems.add(Problem.of(path, heading.number(), "Scenarier: kolumnen \"" + column.heading.sv() + "\" finns två gånger.",
                        "Scenarios: the column \"" + column.heading.en() + "\" is there twice."));
            }
        }
        for (ScenarioColumn column : ScenarioColumn.values()) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(Problem.of(path, heading.number(), "Scenarier: kolumnen \"" + column.heading.sv()
                        + "\" saknas; den behövs på varje rad.", "Scenarios: the column \"" + column.heading.en() + "\" ("
                        + column.heading.sv() + ") is missing; every row needs it."));
            }
        }
        return columns;
    }
}
