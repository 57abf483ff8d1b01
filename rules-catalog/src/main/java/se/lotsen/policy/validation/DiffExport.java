package se.lotsen.policy.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.lotsen.policy.tables.SafeCsv;

/**
 * The whole comparison as a file a policy owner opens in Excel: one changed family per row with its group, steps
 * before and after, the services lost and gained, whether safeguarding changes and the texts old and new. CSV goes
 * through {@link SafeCsv} (no cell opens as a formula); XLSX is streamed and holds text cells only.
 */
public final class DiffExport {
    /** Rows kept in memory while the workbook streams the rest to disk. */
    private static final int WINDOW = 200;

    private DiffExport() {
    }

    public static List<String> headings(boolean swedish) {
        return swedish ? List.of("Familj", "Datum", "Behov", "Åldersgrupp", "Grupp", "Före", "Efter", "Förlorar", "Får",
                "Skyddet ändras", "Ändrad text", "Text före", "Text efter", "Finns inte i verkligheten")
                : List.of("Family", "Date", "Needs", "Age band", "Group", "Before", "After", "Loses", "Gains",
                "Safeguarding changes", "Changed text", "Text before", "Text after", "Cannot exist");
    }

    /** A row per changed family (a family with several changed texts has them on lines of one cell each). */
    static List<List<String>> rows(RuleSetDiff.Result result, boolean swedish) {
        List<List<String>> rows = new ArrayList<>();
        for (RuleSetDiff.Change c : result.changes()) {
            DiffShape shape = c.shape();
            rows.add(List.of(c.family(), String.valueOf(c.date()), String.join("; ", shape.needs()),
                    swedish ? DiffShape.bandSv(shape.ageBand()) : DiffShape.bandEn(shape.ageBand()),
                    swedish ? shape.says().sv() : shape.says().en(), String.join("\n", c.before()), String.join("\n", c.after()),
                    String.join("; ", shape.lost()), String.join("; ", shape.gained()),
                    shape.safeguarding() ? (swedish ? "Ja" : "Yes") : (swedish ? "Nej" : "No"),
                    String.join("\n", c.textChanges().stream().map(RuleSetDiff.TextChange::what).toList()),
                    String.join("\n", c.textChanges().stream().map(RuleSetDiff.TextChange::before).toList()),
                    String.join("\n", c.textChanges().stream().map(RuleSetDiff.TextChange::after).toList()),
                    String.join("; ", c.implausible())));
        }
        return rows;
    }

    /** CSV, comma-separated, with a BOM so Excel reads the UTF-8. */
    public static String csv(RuleSetDiff.Result result, boolean swedish) {
        return "\uFEFF" + SafeCsv.write(headings(swedish), rows(result, swedish), ',');
    }

    public static byte[] xlsx(RuleSetDiff.Result result, boolean swedish) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(swedish ? "Jämförelse" : "Comparison");
            write(sheet.createRow(0), headings(swedish));
            List<List<String>> rows = rows(result, swedish);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            // a string cell: never a formula, whatever it begins with
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
