package se.lotsen.policy.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import se.lotsen.core.Labelled;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
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
        List<Line> lines;
        Text detected;
        try {
            if (path.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                lines = spreadsheet(bytes);
                detected = new Text("läst som kalkylblad (.xlsx)", "read as a spreadsheet (.xlsx)");
            } else {
                TableText text = TableText.decode(bytes);
                char delimiter = delimiter(text.text());
                lines = csv(text.text(), delimiter);
                String separator = delimiter == ';' ? "semikolon" : delimiter == '\t' ? "tabb" : "komma";
                String separatorEn = delimiter == ';' ? "semicolons" : delimiter == '\t' ? "tabs" : "commas";
                detected = new Text("läst som " + text.encoding() + " med " + separator,
                        "read as " + text.encoding() + " with " + separatorEn);
            }
        } catch (TableText.UnreadableTable e) {
            return new Result(new RoutingTable(path, List.of()), List.of(Problem.of(path, 0, e.advice().sv(), e.advice().en())), null);
        } catch (IOException | RuntimeException e) {
            return new Result(new RoutingTable(path, List.of()), List.of(Problem.of(path, 0,
                    "Tabellen går inte att läsa (" + e.getMessage() + "). Spara den som .xlsx eller som \"CSV UTF-8 (kommaavgränsad)\".",
                    "The table cannot be read (" + e.getMessage() + "). Save it as .xlsx or as \"CSV UTF-8 (comma delimited)\".")), null);
        }
        return new Parse(path, lines, detected).run();
    }

    /** One row of cells and where it is in the file. */
    private record Line(int number, List<String> cells) {
        String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
        }

        boolean empty() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** Semicolon (Swedish Excel), comma or tab: whichever splits the heading row into known columns. */
    private static char delimiter(String text) throws TableText.UnreadableTable {
        for (String line : text.split("\r?\n")) {
            int known = 0;
            char best = 0;
            for (char candidate : new char[] {';', ',', '\t'}) {
                long count = Arrays.stream(line.split(Pattern.quote(String.valueOf(candidate))))
                        .map(c -> c.replace("\"", "")).filter(c -> Column.of(c) != null).count();
                if (count > known) {
                    known = (int) count;
                    best = candidate;
                }
            }
            if (known >= 3) {
                return best;
            }
        }
        throw new TableText.UnreadableTable(new Text(
                "Hittar ingen rubrikrad (Regel, Behov, Tjänst, …) avgränsad med semikolon eller komma. Spara tabellen som .xlsx "
                        + "eller i Excel som \"CSV UTF-8 (kommaavgränsad)\", med rubrikerna kvar.",
                "No heading row (Rule, Need, Service, …) separated by semicolons or commas was found. Save the table as .xlsx "
                        + "or in Excel as \"CSV UTF-8 (comma delimited)\", keeping the headings."));
    }

    private static List<Line> csv(String text, char delimiter) throws IOException {
        List<Line> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long lineStart = 1;
            for (CSVRecord record : parser) {
                lines.add(new Line((int) lineStart, record.toList()));
                lineStart = parser.getCurrentLineNumber() + 1;
            }
        }
        return lines;
    }

    private static List<Line> spreadsheet(byte[] bytes) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    continue;
                }
                Sheet sheet = workbook.getSheetAt(s);
                List<Line> lines = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
                if (lines.stream().anyMatch(l -> Column.of(l.cell(0)) == Column.RULE)) {
                    return lines;
                }
            }
        }
        return List.of();
    }

    /** One table being read: its heading row, then every row, collecting every problem. */
    private final class Parse {
        private final String path;
        private final List<Line> lines;
        private final Text detected;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Column, Integer> columns = new EnumMap<>(Column.class);

        Parse(String path, List<Line> lines, Text detected) {
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
            for (Line line : lines.subList(heading + 1, lines.size())) {
                if (line.empty() || line.cell(0).startsWith("#")) {
                    continue;
                }
                if (rows.size() >= RuleSetLimits.MAX_TABLE_ROWS) {
                    problem(line.number(), "Tabellen har fler än " + RuleSetLimits.MAX_TABLE_ROWS + " rader.",
                            "The table has more than " + RuleSetLimits.MAX_TABLE_ROWS + " rows.");
                    break;
                }
                RoutingRow row = new RowParse(line).row();
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
                Line line = lines.get(i);
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

        /** One data row: each cell read as a value of its column. */
        private final class RowParse {
            private final Line line;
            private String name;

            RowParse(Line line) {
                this.line = line;
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
                Integer index = columns.get(column);
                if (index == null) {
                    return "";
                }
                String cell = line.cell(index);
                if (cell.length() > RuleSetLimits.MAX_CELL_CHARS) {
                    cellProblem(column, "har " + cell.length() + " tecken; högst " + RuleSetLimits.MAX_CELL_CHARS,
                            "has " + cell.length() + " characters; at most " + RuleSetLimits.MAX_CELL_CHARS);
                    return "";
                }
                return cell;
            }

            private <E extends Enum<E> & Labelled> E code(Column column, Words<E> words, boolean required) {
                String cell = text(column);
                if (cell.isEmpty()) {
                    if (required) {
                        cellProblem(column, "är tom. Skriv ett av: " + words.allowed(), "is empty. Write one of: " + words.allowed());
                    }
                    return null;
                }
                E value = words.read(cell);
                if (value == null) {
                    cellProblem(column, "\"" + cell + "\" känns inte igen. Skriv ett av: " + words.allowed(),
                            "\"" + cell + "\" is not known. Write one of: " + words.allowed());
                }
                return value;
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
                    if (months >= -1 && months <= 83) {
                        return months;
                    }
                } catch (NumberFormatException notANumber) {
                    // reported below
                }
                cellProblem(column, "\"" + cell + "\" är ingen ålder. Skriv månader 0–83, eller \"väntar barn\"",
                        "\"" + cell + "\" is not an age. Write months 0–83, or \"expecting\"");
                return null;
            }

            private Boolean yesNo(Column column) {
                String cell = text(column);
                if (cell.isEmpty()) {
                    return null;
                }
                Boolean value = Column.YES_NO.get(Words.normal(cell));
                if (value == null) {
                    cellProblem(column, "\"" + cell + "\" ska vara Ja, Nej eller tom (gäller alla)",
                            "\"" + cell + "\" must be Yes, No or empty (applies to all)");
                }
                return value;
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
                problem(line.number(), "Rad " + who + "kolumnen \"" + column.heading.sv() + "\" " + sv + ".",
                        "Row " + who + "column \"" + column.heading.en() + "\" " + en + ".");
            }
        }
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
