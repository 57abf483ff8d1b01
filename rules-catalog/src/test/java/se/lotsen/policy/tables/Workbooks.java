package se.lotsen.policy.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook changed one cell at a time, as a policy owner changes it in Excel. */
public final class Workbooks {
    private Workbooks() {
    }

    /** The workbook with the cell in this sheet's row (found by its first cell) and column (found by its heading) set to value. */
    public static byte[] withCell(byte[] workbook, String sheetName, String rowName, String heading, String value) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet(sheetName);
            int column = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals(heading)) {
                    column = cell.getColumnIndex();
                }
            }
            Row found = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(rowName)) {
                    found = row;
                }
            }
            if (column < 0 || found == null) {
                throw new IllegalArgumentException("no cell " + sheetName + "/" + rowName + "/" + heading);
            }
            (found.getCell(column) == null ? found.createCell(column) : found.getCell(column)).setCellValue(value);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
