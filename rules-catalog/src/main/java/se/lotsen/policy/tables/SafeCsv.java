package se.lotsen.policy.tables;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that a spreadsheet opens as text, the one writer of every CSV Lotsen gives out (routing tables,
 * statistics, evaluation). A cell that begins with {@code = + - @}, a tab or a carriage return is a
 * formula to Excel and LibreOffice ({@code =HYPERLINK(…)} in a rule id becomes a link, {@code =cmd|…}
 * worse): such a cell gets a leading single quote, as OWASP's advice on CSV injection says. Numbers
 * ({@code -1}, expecting) stay numbers. {@link #unescape} undoes it when Lotsen reads its own CSV back.
 */
public final class SafeCsv {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private SafeCsv() {
    }

    /** The cell as written: with a leading quote if a spreadsheet would take it for a formula. */
    public static String cell(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value == null ? "" : value;
        }
        return triggers(value.charAt(0)) ? "'" + value : value;
    }

    /** A cell as Lotsen wrote it, read back: the quote that {@link #cell} added comes off. */
    public static String unescape(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && triggers(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    /** A heading row and the rows, every cell made safe, lines ending in "\n". */
    public static String write(List<String> heading, List<? extends List<String>> rows, char delimiter) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setRecordSeparator("\n").get())) {
            printer.printRecord(heading.stream().map(SafeCsv::cell).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SafeCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static boolean triggers(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
