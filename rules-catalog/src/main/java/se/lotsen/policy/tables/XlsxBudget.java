package se.lotsen.policy.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import se.lotsen.core.Text;
import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * How much a routing spreadsheet may unpack to and hold, checked before POI sees it. An {@code .xlsx}
 * is a zip of XML parts: a file within the rule set's 2 MiB limit can unpack to a hundred times that
 * (a 1 MB table held a 95 MB sheet, and reading it into a workbook took 3.4 GB of heap). POI's own
 * guard refuses only parts that inflate more than a hundredfold, so Lotsen counts the bytes each part
 * really unpacks to, stops at the first part over its budget, and refuses the file with its name.
 *
 * <p>The budgets leave room for the largest table the rule set allows ({@value RuleSetLimits#MAX_TABLE_ROWS}
 * rows of 18 columns is about 15 MiB of sheet XML; the default table's sheet is 36 KB) and bound what
 * one validation holds: the unpacked parts (at most {@link #MAX_TOTAL_BYTES}), the shared strings,
 * and the rows of cells. An upload is checked when it is unpacked ({@link #overBudget}), so a bomb is
 * refused before validation starts; the table reader checks again for rule sets read from a folder.
 */
public final class XlsxBudget {
    /** Parts in the zip: a table's workbook has about ten. */
    static final int MAX_ENTRIES = 200;
    /** One worksheet's XML, which is streamed, never held. */
    static final long MAX_SHEET_BYTES = 32L * 1024 * 1024;
    /** The shared strings (every text cell), which are held in memory while the sheet is read. */
    static final long MAX_SHARED_STRINGS_BYTES = 16L * 1024 * 1024;
    /** Any other part (styles, workbook, relations): POI reads these into objects, so they are kept small. */
    static final long MAX_OTHER_PART_BYTES = 4L * 1024 * 1024;
    /** Everything the file unpacks to. */
    static final long MAX_TOTAL_BYTES = 48L * 1024 * 1024;
    /** Rows with something in them: the table's rows, its heading and comment rows. */
    static final int MAX_ROWS = RuleSetLimits.MAX_TABLE_ROWS + 1_000;
    /** Columns a cell may be in: the table has 18; a value further right than column BL is refused. */
    static final int MAX_COLUMNS = 64;
    /** Characters in one cell, Excel's own limit; the reader then holds reasons to {@value RuleSetLimits#MAX_CELL_CHARS}. */
    static final int MAX_CELL_CHARS = 32_767;

    static {
        // A second wall: POI's own zip reader refuses a part over the sheet budget even if it were to read entries
        // that java.util.zip did not count (two zip parsers can disagree about an archive).
        if (ZipSecureFile.getMaxEntrySize() > MAX_SHEET_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
        }
    }

    private XlsxBudget() {
    }

    /** Why this spreadsheet is refused, or empty when it is within the budget (or so broken that the reader will say so). */
    public static Optional<Text> overBudget(String path, byte[] bytes) {
        try {
            check(path, bytes);
            return Optional.empty();
        } catch (TableText.UnreadableTable e) {
            return Optional.of(e.advice());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Inflates every part once, discarding the bytes, and refuses the file at the first budget it exceeds. */
    static void check(String path, byte[] bytes) throws IOException, TableText.UnreadableTable {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw refused(path, "har fler än " + MAX_ENTRIES + " delar", "has more than " + MAX_ENTRIES + " parts");
                }
                long budget = budget(entry.getName());
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    size += n;
                    total += n;
                    if (size > budget) {
                        throw refused(path, "packar upp till mer än " + mib(budget) + " i " + entry.getName(),
                                "unpacks to more than " + mib(budget) + " in " + entry.getName());
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw refused(path, "packar upp till mer än " + mib(MAX_TOTAL_BYTES),
                                "unpacks to more than " + mib(MAX_TOTAL_BYTES));
                    }
                }
            }
        }
        if (entries == 0) {
            throw new IOException("not an .xlsx file (no zip entries)");
        }
    }

    static TableText.UnreadableTable refused(String path, String sv, String en) {
        return new TableText.UnreadableTable(new Text(
                "Kalkylbladet " + path + " " + sv + ", mer än en routingtabell behöver (högst "
                        + RuleSetLimits.MAX_TABLE_ROWS + " rader). Spara om den i Excel utan annat innehåll, eller som CSV.",
                "The spreadsheet " + path + " " + en + ", more than a routing table needs (at most "
                        + RuleSetLimits.MAX_TABLE_ROWS + " rows). Save it again in Excel with nothing else in it, or as CSV."));
    }

    private static long budget(String part) {
        String name = part.toLowerCase(Locale.ROOT);
        if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
            return MAX_SHEET_BYTES;
        }
        if (name.equals("xl/sharedstrings.xml")) {
            return MAX_SHARED_STRINGS_BYTES;
        }
        return MAX_OTHER_PART_BYTES;
    }

    private static String mib(long bytes) {
        return bytes / (1024 * 1024) + " MiB";
    }
}
