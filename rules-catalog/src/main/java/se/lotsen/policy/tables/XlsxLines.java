package se.lotsen.policy.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A spreadsheet's first visible sheet that has a heading row of a kind, read as a stream of rows (POI's SAX
 * reading, never a workbook in memory) within {@link XlsxBudget}'s limits. Cells read as Excel shows
 * them (the same {@link DataFormatter} the table always used); a formula is read as its text, not its
 * result, so a table cannot compute a word.
 */
final class XlsxLines {
    private XlsxLines() {
    }

    static List<TableLine> read(String path, byte[] bytes) throws IOException, TableText.UnreadableTable {
        return read(path, bytes, TableKind.ROUTING);
    }

    /** The first visible sheet with a heading row of this kind (the routing sheet, or the Scenarier sheet). */
    static List<TableLine> read(String path, byte[] bytes, TableKind kind) throws IOException, TableText.UnreadableTable {
        XlsxBudget.check(path, bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            Set<String> hidden = hiddenSheets(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (hidden.contains(sheets.getSheetName())) {
                        continue;
                    }
                    Rows rows = new Rows(path);
                    parse(sheet, new XSSFSheetXMLHandler(styles, null, strings, rows,
                            new DataFormatter(Locale.ROOT), true));
                    if (rows.overBudget != null) {
                        throw rows.overBudget;
                    }
                    if (rows.lines.stream().anyMatch(l -> kind.heads(l))) {
                        return rows.lines;
                    }
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        return List.of();
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(xml));
        } catch (Stop stop) {
            // a budget was reached: Rows holds why
        }
    }

    /** The names of hidden sheets (the list of allowed words is one), from the workbook part. */
    private static Set<String> hiddenSheets(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qualified, Attributes attributes) {
                    String state = attributes.getValue("state");
                    if ("sheet".equals(local) && state != null && !"visible".equals(state)) {
                        hidden.add(attributes.getValue("name"));
                    }
                }
            });
        }
        return hidden;
    }

    /** Ends the parse early at a budget (the handler's methods cannot throw a checked exception). */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects rows of cells, and stops at the first row, column or cell over the budget. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String path;
        private final List<TableLine> lines = new ArrayList<>();
        private List<String> cells;
        private TableText.UnreadableTable overBudget;

        Rows(String path) {
            this.path = path;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (lines.size() >= XlsxBudget.MAX_ROWS) {
                stop("har fler än " + XlsxBudget.MAX_ROWS + " rader", "has more than " + XlsxBudget.MAX_ROWS + " rows");
            }
            lines.add(new TableLine(rowNum + 1, List.copyOf(cells)));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isEmpty()) {
                return;
            }
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= XlsxBudget.MAX_COLUMNS) {
                stop("har ett värde i cell " + reference + ", längre till höger än kolumn "
                                + CellReference.convertNumToColString(XlsxBudget.MAX_COLUMNS - 1),
                        "has a value in cell " + reference + ", further right than column "
                                + CellReference.convertNumToColString(XlsxBudget.MAX_COLUMNS - 1));
            }
            if (value.length() > XlsxBudget.MAX_CELL_CHARS) {
                stop("har en cell (" + reference + ") med fler än " + XlsxBudget.MAX_CELL_CHARS + " tecken",
                        "has a cell (" + reference + ") of more than " + XlsxBudget.MAX_CELL_CHARS + " characters");
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
        }

        private void stop(String sv, String en) {
            overBudget = XlsxBudget.refused(path, sv, en);
            throw new Stop();
        }
    }
}
