package se.lotsen.policy.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.policy.scenarios.Scenario;

/**
 * Rewrites one scenario's expectation cells in its table (the Scenarier sheet of a workbook, or a scenario
 * CSV), leaving every other row, the family's cells and the "Varför" cell as they are. A cell is only
 * written when the expectation it says changes, so the diff shows what the owner would see change.
 */
public final class ScenarioRowRewriter {
    /** The columns that say what is expected; the family's columns are never rewritten. */
    private static final List<ScenarioColumn> EXPECTATION = List.of(ScenarioColumn.MUST, ScenarioColumn.ORDER,
            ScenarioColumn.MUST_NOT, ScenarioColumn.URGENCY, ScenarioColumn.RISK_LEVEL, ScenarioColumn.SAFEGUARDING,
            ScenarioColumn.RULES);

    private final ServiceWords services;

    public ScenarioRowRewriter(ServiceCatalog catalog) {
        this.services = new ServiceWords(catalog);
    }

    /** One cell that changes: its column's heading (sv, en), what it said and what it says now. */
    public record CellChange(String column, String columnEn, String before, String after) {
    }

    /** The table's new bytes and the cells that changed. */
    public record Rewritten(byte[] bytes, List<CellChange> changes) {
    }

    /** Thrown when the row cannot be rewritten: the message says why, in Swedish and English. */
    public static final class NotRewritable extends Exception {
        private static final long serialVersionUID = 1L;
        public final String sv;

        NotRewritable(String sv, String en) {
            super(en);
            this.sv = sv;
        }
    }

    /**
     * The table with the scenario's row saying {@code updated}'s expectation instead of {@code old}'s.
     *
     * @param path the table's path in the rule set (.xlsx or .csv)
     */
    public Rewritten rewrite(String path, byte[] bytes, Scenario old, Scenario updated) throws NotRewritable, IOException {
        List<String> before = ScenarioTableWriter.cells(old, services);
        List<String> after = ScenarioTableWriter.cells(updated, services);
        Map<ScenarioColumn, String> wanted = new EnumMap<>(ScenarioColumn.class);
        for (ScenarioColumn column : EXPECTATION) {
            if (!before.get(column.ordinal()).equals(after.get(column.ordinal()))) {
                wanted.put(column, after.get(column.ordinal()));
            }
        }
        if (!path.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return csv(bytes, old.name(), wanted);
        }
        try {
            // the workbook is opened whole here, so it must first be one the streaming reader would read at all
            XlsxBudget.check(path, bytes);
        } catch (TableText.UnreadableTable e) {
            throw new NotRewritable(e.advice().sv(), e.advice().en());
        }
        return xlsx(bytes, old.name(), wanted);
    }

    private static Rewritten xlsx(byte[] bytes, String name, Map<ScenarioColumn, String> wanted) throws NotRewritable, IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : workbook) {
                List<Row> rows = new ArrayList<>();
                List<TableLine> lines = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                    rows.add(row);
                    lines.add(new TableLine(row.getRowNum() + 1, cells));
                }
                Found found = find(lines, name);
                if (found == null) {
                    continue;
                }
                Row row = rows.get(found.index());
                List<CellChange> changes = changes(lines.get(found.index()), found.columns(), wanted);
                for (CellChange change : changes) {
                    int c = found.columns().get(ScenarioColumn.of(change.column()));
                    Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    if (change.after().isEmpty()) {
                        row.removeCell(cell);
                    } else {
                        cell.setCellValue(change.after());
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return new Rewritten(out.toByteArray(), changes);
            }
        }
        throw notFound(name);
    }

    private static Rewritten csv(byte[] bytes, String name, Map<ScenarioColumn, String> wanted) throws NotRewritable, IOException {
        String text;
        char delimiter;
        try {
            text = TableText.decode(bytes).text();
            delimiter = TableLines.delimiter(text);
        } catch (TableText.UnreadableTable e) {
            throw new NotRewritable(e.advice().sv(), e.advice().en());
        }
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord record : parser) {
                records.add(new ArrayList<>(record.stream().map(SafeCsv::unescape).toList()));
            }
        }
        List<TableLine> lines = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            lines.add(new TableLine(i + 1, records.get(i)));
        }
        Found found = find(lines, name);
        if (found == null) {
            throw notFound(name);
        }
        List<CellChange> changes = changes(lines.get(found.index()), found.columns(), wanted);
        List<String> row = records.get(found.index());
        for (CellChange change : changes) {
            int c = found.columns().get(ScenarioColumn.of(change.column()));
            while (row.size() <= c) {
                row.add("");
            }
            row.set(c, change.after());
        }
        // written back as Excel reads UTF-8 CSV (with a BOM), every cell safe as Lotsen writes all its CSV
        String written = SafeCsv.write(records.get(0), records.subList(1, records.size()), delimiter);
        return new Rewritten(("\uFEFF" + written).getBytes(StandardCharsets.UTF_8), changes);
    }

    /** Where the scenario's row is among the lines, with the columns of the Scenarier heading above it. */
    private record Found(int index, Map<ScenarioColumn, Integer> columns) {
    }

    /** The scenario's row after a Scenarier heading, or null when no row names it. */
    private static Found find(List<TableLine> lines, String name) {
        Map<ScenarioColumn, Integer> columns = null;
        for (int i = 0; i < lines.size(); i++) {
            TableLine line = lines.get(i);
            if (columns == null) {
                columns = TableKind.SCENARIOS.heads(line) ? columns(line) : null;
            } else if (line.cell(columns.get(ScenarioColumn.SCENARIO)).equals(name)) {
                return new Found(i, columns);
            }
        }
        return null;
    }

    /** The cells that change, each column that must change being there in the heading. */
    private static List<CellChange> changes(TableLine line, Map<ScenarioColumn, Integer> columns, Map<ScenarioColumn, String> wanted)
            throws NotRewritable {
        List<CellChange> changes = new ArrayList<>();
        for (Map.Entry<ScenarioColumn, String> w : wanted.entrySet()) {
            Integer c = columns.get(w.getKey());
            if (c == null) {
                throw new NotRewritable("Scenarier: kolumnen \"" + w.getKey().heading.sv() + "\" saknas; lägg till den för att kunna "
                        + "uppdatera förväntan.", "Scenarios: the column \"" + w.getKey().heading.en() + "\" is missing; add it to "
                        + "update the expectation.");
            }
            changes.add(new CellChange(w.getKey().heading.sv(), w.getKey().heading.en(), line.cell(c), w.getValue()));
        }
        return changes;
    }

    private static Map<ScenarioColumn, Integer> columns(TableLine heading) {
        Map<ScenarioColumn, Integer> columns = new EnumMap<>(ScenarioColumn.class);
        for (int c = 0; c < heading.cells().size(); c++) {
            ScenarioColumn column = ScenarioColumn.of(heading.cell(c));
            if (column != null) {
                columns.putIfAbsent(column, c);
            }
        }
        return columns;
    }

    private static NotRewritable notFound(String name) {
        return new NotRewritable("Scenariot " + name + " finns inte på någon rad i tabellen.",
                "The scenario " + name + " is on no row of the table.");
    }
}
