package se.lotsen.policy.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Spreadsheets written part by part, as an attacker would: the sheet's XML is streamed into the zip, so a
 * test can make a file that is small packed and huge unpacked without ever holding the unpacked bytes.
 */
final class TestXlsx {
    /** What the sheet's rows are: written straight into the zip entry. */
    interface Rows {
        void write(Writer sheet) throws IOException;
    }

    private TestXlsx() {
    }

    /**
     * A valid workbook whose sheet unpacks to about {@code bytes}: a heading row, then rows of one long cell with a
     * few random characters each, so it packs to about 1.5 % (more than POI's own 1 % inflate-ratio guard lets
     * through) and stays under the rule set's 2 MiB file limit.
     */
    static byte[] bomb(long bytes) {
        Random random = new Random(1);
        String pad = "x".repeat(900);
        return workbook(sheet -> {
            sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Regel</t></is></c></row>");
            long written = 0;
            for (int r = 2; written < bytes; r++) {
                String row = "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>"
                        + String.format("%06x", random.nextInt(1 << 24)) + pad + "</t></is></c></row>";
                sheet.write(row);
                written += row.length();
            }
        }, null);
    }

    /** A workbook with one visible sheet of these rows and, if not null, this shared-strings part. */
    static byte[] workbook(Rows rows, Rows sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Regler\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Target=\"sharedStrings.xml\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\"/>")
                    + "</Relationships>");
            streamed(zip, "xl/worksheets/sheet1.xml", sheet -> {
                sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                rows.write(sheet);
                sheet.write("</sheetData></worksheet>");
            });
            if (sharedStrings != null) {
                streamed(zip, "xl/sharedStrings.xml", sst -> {
                    sst.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                    sharedStrings.write(sst);
                    sst.write("</sst>");
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void streamed(ZipOutputStream zip, String name, Rows content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        content.write(writer);
        writer.flush();
        zip.closeEntry();
    }
}
