package se.lotsen.policy.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.lotsen.core.Text;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RoutingTable;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * Reads a routing table as a policy owner keeps it: a spreadsheet ({@code .xlsx}) or CSV saved by
 * Excel (comma or semicolon, UTF-8 with or without BOM, or Windows-1252). The table is data, never
 * code: every cell is read as a plain value of its column, and a cell that is not one is refused with
 * its row and column and the words that are allowed.
 */
public final class RoutingTableReader {
    private final Set<String> services;
    private final Set<String> centres;

    public RoutingTableReader(Set<String> services, Set<String> centres) {
        this.services = services;
        this.centres = centres;
    }

    /** What reading one table gave: its rows, its problems, and how the file was read. */
    public record Result(RoutingTable table, List<Problem> problems, Text detected) {
    }

    public static boolean isTable(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("tables/") && (lower.endsWith(".csv") || lower.endsWith(".xlsx"));
    }

    public Result read(String path, byte[] bytes) {
        TableLines.Read read;
        try {
            read = TableLines.read(path, bytes);
        } catch (TableText.UnreadableTable e) {
            return new Result(new RoutingTable(path, List.of()), List.of(Problem.of(path, 0, e.advice().sv(), e.advice().en())), null);
        } catch (IOException | RuntimeException e) {
            return new Result(new RoutingTable(path, List.of()), List.of(Problem.of(path, 0,
                    "Tabellen går inte att läsa (" + e.getMessage() + "). Spara den som .xlsx eller som \"CSV UTF-8 (kommaavgränsad)\".",
                    "The table cannot be read (" + e.getMessage() + "). Save it as .xlsx or as \"CSV UTF-8 (comma delimited)\".")), null);
        }
        if (read.lines().stream().noneMatch(TableKind.ROUTING::heads) && holdsScenarios(path, bytes, read.lines())) {
            // a workbook or CSV file of scenarios only: no routes, and nothing wrong
            return new Result(new RoutingTable(path, List.of()), List.of(), read.detected());
        }
        return new Parse(path, read.lines(), read.detected()).run();
    }

    private static boolean holdsScenarios(String path, byte[] bytes, List<TableLine> lines) {
        if (!path.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return lines.stream().anyMatch(TableKind.SCENARIOS::heads);
        }
        try {
            return TableLines.read(path, bytes, TableKind.SCENARIOS).lines().stream().anyMatch(TableKind.SCENARIOS::heads);
        } catch (IOException | TableText.UnreadableTable | RuntimeException e) {
            return false;
        }
    }

    /** One table being read: its heading row, then every row, collecting every problem. */
    private final class Parse {
        private final String path;
        private final List<TableLine> lines;
        private final Text detected;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Column, Integer> columns = new EnumMap<>(Column.class);

        Parse(String path, List<TableLine> lines, Text detected) {
            this.path = path;
            this.lines = lines;
            this.detected = detected;
        }

        Result run() {
            int heading = headingRow();
            if (heading < 0) {
                problem(0, "Tabellen saknar rubrikrad. Första kolumnens rubrik ska vara \"Regel\"; kolumnerna är: "
                        + Column.headings() + ".", "The table has no heading row. The first column's heading must be "
                        + "\"Regel\" (Rule); the columns are: " + Column.headings() + ".");
                return done(List.of());
            }
            if (!problems.isEmpty()) {
                return done(List.of());
            }
            List<RoutingRow> rows = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (TableLine line : lines.subList(heading + 1, lines.size())) {
                if (line.empty() || line.cell(0).startsWith("#")) {
                    continue;
                }
                if (rows.size() >= RuleSetLimits.MAX_TABLE_ROWS) {
                    problem(line.number(), "Tabellen har fler än " + RuleSetLimits.MAX_TABLE_ROWS + " rader.",
                            "The table has more than " + RuleSetLimits.MAX_TABLE_ROWS + " rows.");
                    break;
                }
                RoutingRow row = new RowReader(path, columns, services, centres, problems, line).row();
                if (row != null && !names.add(row.name())) {
                    problem(line.number(), "Regelnamnet " + row.name() + " står på mer än en rad; varje rad behöver ett eget namn.",
                            "The rule name " + row.name() + " is on more than one row; every row needs a name of its own.");
                } else if (row != null) {
                    rows.add(row);
                }
            }
            return done(rows);
        }

        private Result done(List<RoutingRow> rows) {
            return new Result(new RoutingTable(path, problems.isEmpty() ? rows : List.of()), List.copyOf(problems), detected);
        }

        /** Finds the heading row and its columns; a missing or unknown column is one clear problem, not one per row. */
        private int headingRow() {
            for (int i = 0; i < lines.size(); i++) {
                TableLine line = lines.get(i);
                if (Column.of(line.cell(0)) != Column.RULE) {
                    continue;
                }
                for (int c = 0; c < line.cells().size(); c++) {
                    String text = line.cell(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    Column column = Column.of(text);
                    if (column == null) {
                        problem(line.number(), "Kolumnen \"" + text + "\" känns inte igen. Kolumnerna är: " + Column.headings() + ".",
                                "The column \"" + text + "\" is not known. The columns are: " + Column.headings() + ".");
                    } else if (columns.putIfAbsent(column, c) != null) {
                        problem(line.number(), "Kolumnen \"" + column.heading.sv() + "\" finns två gånger.",
                                "The column \"" + column.heading.en() + "\" is there twice.");
                    }
                }
                for (Column column : Column.values()) {
                    if (column.required && !columns.containsKey(column)) {
                        problem(line.number(), "Kolumnen \"" + column.heading.sv() + "\" saknas; den behövs på varje rad.",
                                "The column \"" + column.heading.en() + "\" (" + column.heading.sv() + ") is missing; every row needs it.");
                    }
                }
                return i;
            }
            return -1;
        }

        private void problem(int line, String sv, String en) {
            problems.add(Problem.of(path, line, sv, en));
        }
    }
}
