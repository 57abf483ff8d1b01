package se.lotsen.policy.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Severity;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.policy.RuleSets;

/** A routing table is read the way Excel saves it, cell by cell as plain values, with messages a policy owner understands. */
class RoutingTableReaderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final RoutingTableReader READER = new RoutingTableReader(
            Set.of("BVC_NURSE", "OPEN_PRESCHOOL", "SCHOOL_HEALTH"), Set.of("FC_NORR"));
    private static final String HEADING = "Regel,Behov,Svårighetsgrad från,Svårighetsgrad till,Ålder från (mån),Ålder till (mån),"
            + "Förskoleklass,Tjänst,Brådska,Nivå,Skäl (svenska),Skäl (engelska)\n";

    private static RoutingTableReader.Result read(String path, byte[] bytes) {
        return READER.read(path, bytes);
    }

    @Test
    void aTableSavedBySwedishExcelWithSemicolonsInWindows1252ReadsToTheSameRows() {
        String csv = HEADING + "route-sleep,Sömn,Lindrig,Måttlig,0,83,Nej,BVC_NURSE,Vanlig tid,För alla,\"Sömn: BVC, rutiner\",Sleep\n";
        RoutingTableReader.Result utf8 = read("tables/routing.csv", csv.getBytes(StandardCharsets.UTF_8));
        byte[] excel = csv.replace(",", ";").replace("\"Sömn: BVC; rutiner\"", "\"Sömn: BVC, rutiner\"").getBytes(WINDOWS_1252);
        RoutingTableReader.Result swedishExcel = read("tables/routing.csv", excel);

        assertThat(utf8.problems()).isEmpty();
        assertThat(swedishExcel.problems()).isEmpty();
        assertThat(swedishExcel.table().rows()).isEqualTo(utf8.table().rows());
        assertThat(swedishExcel.detected().en()).isEqualTo("read as Windows-1252 with semicolons");
        assertThat(swedishExcel.detected().sv()).isEqualTo("läst som Windows-1252 med semikolon");
        RoutingRow row = swedishExcel.table().rows().get(0);
        assertThat(row.need()).isEqualTo(NeedCategory.SLEEP);
        assertThat(row.severityFrom()).isEqualTo(Severity.MILD);
        assertThat(row.sv()).isEqualTo("Sömn: BVC, rutiner");
    }

    @Test
    void aByteOrderMarkIsReadAsUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADING + "route-sleep,SLEEP,,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL,Sömn,Sleep\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        RoutingTableReader.Result result = read("tables/routing.csv", bytes);

        assertThat(result.problems()).isEmpty();
        assertThat(result.detected().en()).isEqualTo("read as UTF-8 (BOM) with commas");
        assertThat(result.table().rows().get(0).sv()).isEqualTo("Sömn");
    }

    @Test
    void aWordThatIsNotACodeNamesTheRowColumnAndTheAllowedWordsInBothLanguages() {
        RoutingTableReader.Result result = read("tables/routing.csv",
                (HEADING + "route-sleep,Sömn,Lindrigt-ish,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL,Sömn,Sleep\n").getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("tables/routing.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("route-sleep").contains("Severity from").contains("Lindrigt-ish")
                    .contains("Lindrig / MILD, Måttlig / MODERATE, Svår / SEVERE");
            assertThat(p.sv()).contains("Svårighetsgrad från").contains("känns inte igen");
        });
    }

    @Test
    void javaInACellIsAnUnknownWordNeverCode() {
        RoutingTableReader.Result result = read("tables/routing.csv", (HEADING
                + "route-x,\"SLEEP\"\" && java.io.File.createTempFile(\"\"x\"\",\"\"y\"\").exists() && \"\"\",,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL,a,b\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Need").contains("is not known"));
        assertThat(result.table().rows()).isEmpty();
    }

    @Test
    void aMissingColumnIsOneProblemAtTheHeadingNotOnePerRow() {
        String withoutTier = HEADING.replace(",Nivå", "");
        StringBuilder csv = new StringBuilder(withoutTier);
        for (int i = 0; i < 50; i++) {
            csv.append("route-").append(i).append(",SLEEP,,,0,83,,BVC_NURSE,ROUTINE,Sömn,Sleep\n");
        }

        RoutingTableReader.Result result = read("tables/routing.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("\"Tier\"").contains("missing");
            assertThat(p.sv()).contains("\"Nivå\" saknas");
        });
    }

    @Test
    void anExtraColumnIsNamed() {
        RoutingTableReader.Result result = read("tables/routing.csv", (HEADING.replace("\n", ",Färg\n")
                + "route-sleep,SLEEP,,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL,Sömn,Sleep,blå\n").getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("\"Färg\" is not known"));
    }

    @Test
    void aRuleNameOnTwoRowsPointsAtTheSecondRow() {
        RoutingTableReader.Result result = read("tables/routing.csv", (HEADING
                + "route-a,SLEEP,,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL,a,a\n"
                + "route-b,SLEEP,,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL,b,b\n"
                + "route-a,FEEDING,,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL,c,c\n").getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("route-a");
        });
    }

    @Test
    void aServiceTheCatalogDoesNotHaveIsNamedOnceWithItsRow() {
        RoutingTableReader.Result result = read("tables/routing.csv", (HEADING
                + "route-a,SLEEP,,,0,83,,BVC_NURS,ROUTINE,UNIVERSAL,a,a\n").getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("\"BVC_NURS\" is not in catalog/services.yaml");
        });
    }

    @Test
    void aCellLongerThanTheLimitIsRefused() {
        String longReason = "x".repeat(1_001);
        RoutingTableReader.Result result = read("tables/routing.csv", (HEADING
                + "route-a,SLEEP,,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL," + longReason + ",a\n").getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("1001 characters"));
    }

    @Test
    void aTableWithoutHeadingsSaysHowToSaveIt() {
        RoutingTableReader.Result result = read("tables/routing.csv", "just some text\nno columns\n".getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Save the table as .xlsx"));
    }

    @Test
    void aReasonThatLooksLikeAFormulaIsTextInTheCsvLotsenWritesAndReadsBackTheSame() {
        List<RoutingRow> rows = read("tables/routing.csv", (HEADING
                + "route-a,SLEEP,,,0,83,,BVC_NURSE,ROUTINE,UNIVERSAL,\"=HYPERLINK(\"\"https://evil.example\"\")\",@x\n")
                .getBytes(StandardCharsets.UTF_8)).table().rows();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.sv()).startsWith("=HYPERLINK"));

        String csv = RoutingTableWriter.csv(rows, ';');

        assertThat(csv).contains(";\"'=HYPERLINK(", ";'@x").doesNotContain(";=", ";\"=", ";@");
        assertThat(read("tables/routing.csv", csv.getBytes(StandardCharsets.UTF_8)).table().rows()).isEqualTo(rows);
    }

    @Test
    void theShippedSpreadsheetOffersTheAllowedWordsAndReadsBackToTheSameRows() throws Exception {
        List<RoutingRow> rows = RuleSets.defaultRows();
        byte[] xlsx = RuleSets.DEFAULT.bytes("tables/routing.xlsx");

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getDataValidations()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Koder"))).isTrue();
        }
        RoutingTableReader reader = new RoutingTableReader(
                rows.stream().map(RoutingRow::service).collect(java.util.stream.Collectors.toSet()), Set.of("FC_NORR", "FC_SODER"));
        byte[] written = RoutingTableWriter.xlsx(rows, new se.lotsen.core.catalog.ServiceCatalog(List.of(), List.of()));
        assertThat(reader.read("tables/routing.xlsx", written).table().rows()).isEqualTo(rows);
        assertThat(reader.read("tables/routing.csv", RoutingTableWriter.csvBytes(rows)).table().rows()).isEqualTo(rows);
    }
}
