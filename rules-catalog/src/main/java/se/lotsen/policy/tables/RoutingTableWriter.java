package se.lotsen.policy.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.lotsen.core.Labelled;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.policy.scenarios.Scenario;

/**
 * Writes a routing table for a policy owner: a spreadsheet with Swedish headings, one row per rule,
 * and lists in every code column so Excel offers the allowed words (a hidden sheet holds the lists);
 * or CSV in UTF-8 for reading changes side by side. What it writes, {@link RoutingTableReader} reads
 * back to the same rows. Scenarios go on a second sheet, Scenarier ({@link ScenarioTableWriter}).
 */
public final class RoutingTableWriter {
    private static final int LIST_ROWS = 5_000;
    private static final List<String> YES_NO = List.of("Ja", "Nej");

    private RoutingTableWriter() {
    }

    public static byte[] xlsx(List<RoutingRow> rows, ServiceCatalog catalog) {
        return xlsx(rows, List.of(), catalog);
    }

    /** The workbook with its Scenarier sheet too, when there are scenarios the sheet can say in full. */
    public static byte[] xlsx(List<RoutingRow> rows, List<Scenario> scenarios, ServiceCatalog catalog) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Vägar");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row heading = sheet.createRow(0);
            Column[] columns = Column.values();
            for (int c = 0; c < columns.length; c++) {
                heading.createCell(c).setCellValue(columns[c].heading.sv());
                heading.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, widthOf(columns[c]) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = cells(rows.get(r));
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.length - 1));
            List<Scenario> written = scenarios.stream().filter(ScenarioTableWriter::expressible).toList();
            if (!written.isEmpty()) {
                ScenarioTableWriter.sheet(workbook, written, catalog, bold);
            }
            lists(workbook, sheet, catalog);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(List<RoutingRow> rows) {
        return csv(rows, ',');
    }

    /** CSV with this delimiter: a comma, or a semicolon as Swedish Excel writes it; no cell opens as a formula. */
    public static String csv(List<RoutingRow> rows, char delimiter) {
        return SafeCsv.write(Arrays.stream(Column.values()).map(c -> c.heading.sv()).toList(),
                rows.stream().map(RoutingTableWriter::cells).toList(), delimiter);
    }

    public static byte[] csvBytes(List<RoutingRow> rows) {
        return csv(rows).getBytes(StandardCharsets.UTF_8);
    }

    /** A row's cells in column order, codes in their Swedish words. */
    static List<String> cells(RoutingRow row) {
        List<String> cells = new ArrayList<>();
        for (Column column : Column.values()) {
            cells.add(switch (column) {
                case RULE -> row.name();
                case NEED -> sv(row.need());
                case SEVERITY_FROM -> sv(row.severityFrom());
                case SEVERITY_TO -> sv(row.severityTo());
                case AGE_FROM -> age(row.ageFrom());
                case AGE_TO -> age(row.ageTo());
                case PRESCHOOL_CLASS -> yesNo(row.preschoolClass());
                case RISK_AT_LEAST -> sv(row.riskAtLeast());
                case VIOLENCE -> yesNo(row.violence());
                case PRESCHOOL_PLACE -> yesNo(row.preschoolPlace());
                case LANGUAGE -> row.language() == null ? "" : row.language();
                case CENTRE -> row.centre() == null ? "" : row.centre();
                case SERVICE -> row.service();
                case URGENCY -> sv(row.urgency());
                case TIER -> sv(row.tier());
                case REASON_SV -> row.sv();
                case REASON_EN -> row.en();
                case COMMENT -> "";
            });
        }
        return cells;
    }

    private static String sv(Labelled code) {
        return code == null ? "" : code.label().sv();
    }

    private static String age(Integer months) {
        return months == null ? "" : months == -1 ? "väntar barn" : Integer.toString(months);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "Ja" : "Nej";
    }

    private static int widthOf(Column column) {
        return switch (column) {
            case RULE -> 34;
            case REASON_SV, REASON_EN -> 60;
            case NEED, SERVICE, URGENCY, TIER -> 24;
            default -> 14;
        };
    }

    /** One named list per code column, on a hidden sheet, and a drop-down on that column. */
    private static void lists(XSSFWorkbook workbook, Sheet sheet, ServiceCatalog catalog) {
        Sheet codes = workbook.createSheet("Koder");
        List<List<String>> lists = List.of(
                words(NeedCategory.values(), Labelled::label),
                words(Severity.values(), Labelled::label),
                words(Urgency.values(), Labelled::label),
                words(Tier.values(), Labelled::label),
                words(RiskLevel.values(), Labelled::label),
                catalog.services().stream().map(Service::id).toList(),
                catalog.centres().stream().map(Centre::id).toList(),
                Arrays.stream(Locale.getISOLanguages()).toList(),
                YES_NO);
        List<String> names = List.of("Behov", "Svarighetsgrad", "Bradska", "Niva", "Risknivå", "Tjanster",
                "Familjecentraler", "Sprak", "JaNej");
        for (int l = 0; l < lists.size(); l++) {
            List<String> values = lists.get(l);
            for (int i = 0; i < values.size(); i++) {
                Row row = codes.getRow(i) == null ? codes.createRow(i) : codes.getRow(i);
                row.createCell(l).setCellValue(values.get(i));
            }
            if (values.isEmpty()) {
                continue;
            }
            Name name = workbook.createName();
            name.setNameName(names.get(l).replace("å", "a"));
            String column = CellReference.convertNumToColString(l);
            name.setRefersToFormula("Koder!$" + column + "$1:$" + column + "$" + values.size());
        }
        workbook.setSheetHidden(workbook.getSheetIndex(codes), true);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        validate(sheet, helper, Column.NEED, "Behov");
        validate(sheet, helper, Column.SEVERITY_FROM, "Svarighetsgrad");
        validate(sheet, helper, Column.SEVERITY_TO, "Svarighetsgrad");
        validate(sheet, helper, Column.URGENCY, "Bradska");
        validate(sheet, helper, Column.TIER, "Niva");
        validate(sheet, helper, Column.RISK_AT_LEAST, "Riskniva");
        validate(sheet, helper, Column.SERVICE, "Tjanster");
        if (!catalog.centres().isEmpty()) {
            validate(sheet, helper, Column.CENTRE, "Familjecentraler");
        }
        validate(sheet, helper, Column.LANGUAGE, "Sprak");
        validate(sheet, helper, Column.PRESCHOOL_CLASS, "JaNej");
        validate(sheet, helper, Column.VIOLENCE, "JaNej");
        validate(sheet, helper, Column.PRESCHOOL_PLACE, "JaNej");
        Sheet scenarios = workbook.getSheet("Scenarier");
        if (scenarios != null) {
            DataValidationHelper scenarioHelper = scenarios.getDataValidationHelper();
            validate(scenarios, scenarioHelper, ScenarioColumn.URGENCY.ordinal(), "Bradska");
            validate(scenarios, scenarioHelper, ScenarioColumn.RISK_LEVEL.ordinal(), "Riskniva");
            validate(scenarios, scenarioHelper, ScenarioColumn.SAFEGUARDING.ordinal(), "JaNej");
            validate(scenarios, scenarioHelper, ScenarioColumn.LANGUAGE.ordinal(), "Sprak");
            if (!catalog.centres().isEmpty()) {
                validate(scenarios, scenarioHelper, ScenarioColumn.CENTRE.ordinal(), "Familjecentraler");
            }
        }
    }

    private static void validate(Sheet sheet, DataValidationHelper helper, Column column, String listName) {
        validate(sheet, helper, column.ordinal(), listName);
    }

    private static void validate(Sheet sheet, DataValidationHelper helper, int index, String listName) {
        DataValidationConstraint constraint = helper.createFormulaListConstraint(listName);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, Math.min(LIST_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex()), index, index));
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.createErrorBox("Lotsen", "Välj ett värde i listan. / Pick a value from the list.");
        sheet.addValidationData(validation);
    }

    private static <E extends Labelled> List<String> words(E[] codes, Function<E, Text> label) {
        return Arrays.stream(codes).map(c -> label.apply(c).sv()).toList();
    }
}
