package se.lotsen.policy.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/** A spreadsheet is streamed within budgets: a zip bomb is refused with the file's name before its cells are read. */
class XlsxBudgetTest {
    private static final RoutingTableReader READER = new RoutingTableReader(Set.of("BVC_NURSE"), Set.of());
    private static final String HEADING = "Regel,Behov,Tjänst,Brådska,Nivå,Skäl (svenska),Skäl (engelska)";

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long unpackedSize(byte[] zip) throws Exception {
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                total += in.transferTo(ByteArrayOutputStream.nullOutputStream());
            }
        }
        return total;
    }

    @Test
    void aSheetThatUnpacksTo95MegabytesIsRefusedByItsBudgetWithoutBeingMaterialised() throws Exception {
        byte[] bomb = TestXlsx.bomb(95L * 1024 * 1024);
        assertThat(bomb.length).as("small enough to pass the rule set's 2 MiB file limit").isLessThan(2 * 1024 * 1024);
        assertThat((double) bomb.length / unpackedSize(bomb)).as("packs above POI's 1 % inflate-ratio guard").isGreaterThan(0.01);

        long before = allocatedByThisThread();
        RoutingTableReader.Result result = READER.read("tables/routing.xlsx", bomb);
        long allocated = allocatedByThisThread() - before;

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("tables/routing.xlsx");
            assertThat(p.message()).contains("tables/routing.xlsx", "unpacks to more than 32 MiB in xl/worksheets/sheet1.xml");
            assertThat(p.sv()).contains("packar upp till mer än 32 MiB");
        });
        assertThat(result.table().rows()).isEmpty();
        assertThat(allocated).as("bytes allocated reading the bomb (a workbook in memory took 3.4 GB)")
                .isLessThan(64L * 1024 * 1024);
    }

    @Test
    void sharedStringsOverTheirBudgetAreRefused() {
        String item = "<si><t>" + "y".repeat(1000) + "</t></si>";
        byte[] xlsx = TestXlsx.workbook(sheet -> sheet.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                sst -> {
                    for (long written = 0; written <= XlsxBudget.MAX_SHARED_STRINGS_BYTES; written += item.length()) {
                        sst.write(item);
                    }
                });

        assertThat(READER.read("tables/routing.xlsx", xlsx).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than 16 MiB in xl/sharedStrings.xml"));
    }

    @Test
    void aValueFurtherRightThanColumnBlIsRefusedWithItsCell() {
        byte[] xlsx = TestXlsx.workbook(sheet -> sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Regel</t></is></c>"
                + "<c r=\"XFD1\" t=\"inlineStr\"><is><t>far</t></is></c></row>"), null);

        assertThat(READER.read("tables/routing.xlsx", xlsx).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("cell XFD1", "column BL"));
    }

    @Test
    void moreRowsThanATableMayHaveAreRefusedWhileStreaming() {
        byte[] xlsx = TestXlsx.workbook(sheet -> {
            for (int r = 1; r <= XlsxBudget.MAX_ROWS + 1; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
            }
        }, null);

        assertThat(READER.read("tables/routing.xlsx", xlsx).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than " + XlsxBudget.MAX_ROWS + " rows"));
    }

    @Test
    void aHiddenSheetIsSkippedAndAFormulaIsReadAsItsTextNotItsResult() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet hidden = workbook.createSheet("Gammal");
            fill(hidden.createRow(0), HEADING.split(","));
            fill(hidden.createRow(1), "route-old,SLEEP,BVC_NURSE,ROUTINE,UNIVERSAL,a,b".split(","));
            workbook.setSheetHidden(0, true);
            Sheet rules = workbook.createSheet("Regler");
            fill(rules.createRow(0), HEADING.split(","));
            fill(rules.createRow(2), "route-new,SLEEP,BVC_NURSE,ROUTINE,UNIVERSAL,a,b".split(","));
            Row formula = rules.createRow(3);
            fill(formula, "route-formula,SLEEP,BVC_NURSE,ROUTINE,UNIVERSAL,a,b".split(","));
            formula.getCell(1).setCellFormula("\"SLE\"&\"EP\"");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        RoutingTableReader.Result result = READER.read("tables/routing.xlsx", xlsx);

        assertThat(result.problems()).extracting(Problem::line).containsExactly(4);
        assertThat(result.problems().get(0).message()).contains("route-formula", "Need");
    }

    private static void fill(Row row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
