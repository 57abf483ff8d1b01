package se.lotsen.policy.tables;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.lotsen.core.Text;

/**
 * Turns a table file's bytes into rows of cells: a spreadsheet's first visible sheet with a heading row
 * (streamed within a budget, {@link XlsxLines}), or CSV.
 */
final class TableLines {
    private TableLines() {
    }

    /** The rows, and how the file was read (so a policy owner sees which encoding and separator were taken). */
    record Read(List<TableLine> lines, Text detected) {
    }

    static Read read(String path, byte[] bytes) throws IOException, TableText.UnreadableTable {
        return read(path, bytes, TableKind.ROUTING);
    }

    /** A spreadsheet's sheet of this kind, or the CSV file (which holds one kind: its heading row says which). */
    static Read read(String path, byte[] bytes, TableKind kind) throws IOException, TableText.UnreadableTable {
        if (path.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new Read(XlsxLines.read(path, bytes, kind), new Text("läst som kalkylblad (.xlsx)", "read as a spreadsheet (.xlsx)"));
        }
        TableText text = TableText.decode(bytes);
        char delimiter = delimiter(text.text());
        String separator = delimiter == ';' ? "semikolon" : delimiter == '\t' ? "tabb" : "komma";
        String separatorEn = delimiter == ';' ? "semicolons" : delimiter == '\t' ? "tabs" : "commas";
        return new Read(csv(text.text(), delimiter), new Text("läst som " + text.encoding() + " med " + separator,
                "read as " + text.encoding() + " with " + separatorEn));
    }

    /** Semicolon (Swedish Excel), comma or tab: whichever splits the heading row into known columns. */
    static char delimiter(String text) throws TableText.UnreadableTable {
        for (String line : text.split("\r?\n")) {
            int known = 0;
            char best = 0;
            for (char candidate : new char[] {';', ',', '\t'}) {
                long count = Arrays.stream(line.split(Pattern.quote(String.valueOf(candidate))))
                        .map(c -> c.replace("\"", "")).filter(TableKind::known).count();
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

    private static List<TableLine> csv(String text, char delimiter) throws IOException {
        List<TableLine> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long lineStart = 1;
            for (CSVRecord record : parser) {
                lines.add(new TableLine((int) lineStart, record.stream().map(SafeCsv::unescape).toList()));
                lineStart = parser.getCurrentLineNumber() + 1;
            }
        }
        return lines;
    }
}
