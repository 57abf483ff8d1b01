package se.lotsen.policy.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.lotsen.core.Labelled;
import se.lotsen.core.Need;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.scenarios.Scenario.Expectation;
import se.lotsen.policy.scenarios.Scenario.StepExpectation;

/**
 * Writes scenarios as rows of the Scenarier sheet (or CSV), in the words {@link ScenarioTableReader}
 * reads back to the same scenario. Only a scenario the sheet can say in full is written
 * ({@link #expressible}): one that names safeguarding contacts, notes, withheld advice, needs no rule
 * routed, both first steps and others, or
 * gives EPDS item by item, stays in YAML.
 */
public final class ScenarioTableWriter {
    private ScenarioTableWriter() {
    }

    /** Whether the sheet's columns say everything this scenario checks, so writing it loses nothing. */
    public static boolean expressible(Scenario scenario) {
        Expectation e = scenario.expect();
        SuggestionRequest r = scenario.request();
        List<List<StepExpectation>> lists = Stream.of(e.steps(), e.firstSteps(), e.includes())
                .filter(Objects::nonNull).toList();
        boolean stepsOnly = lists.size() <= 1 && lists.stream().noneMatch(List::isEmpty);
        boolean epdsAsTotal = r.screenings() == null || r.screenings().epds() == null || r.screenings().epds().items() == null;
        return stepsOnly && epdsAsTotal && e.unmatchedNeeds() == null && e.contacts() == null
                && e.notes() == null && e.withheldAdvice() == null && (r.childAgeMonths() == null) == r.expectingChild()
                && r.childAgeWeeks() == null;
    }

    public static List<String> headings() {
        return Arrays.stream(ScenarioColumn.values()).map(c -> c.heading.sv()).toList();
    }

    /** A scenario's cells in column order, codes in their Swedish words and services by their Swedish names. */
    public static List<String> cells(Scenario scenario, ServiceCatalog catalog) {
        return cells(scenario, new ServiceWords(catalog));
    }

    static List<String> cells(Scenario s, ServiceWords services) {
        SuggestionRequest r = s.request();
        Expectation e = s.expect();
        var epds = r.screenings() == null ? null : r.screenings().epds();
        List<StepExpectation> must = e.steps() != null ? e.steps() : e.firstSteps() != null ? e.firstSteps()
                : e.includes() == null ? List.of() : e.includes();
        List<String> cells = new ArrayList<>();
        for (ScenarioColumn column : ScenarioColumn.values()) {
            cells.add(switch (column) {
                case SCENARIO -> s.name();
                case DATE -> s.date() == null ? "" : s.date().toString();
                case AGE -> r.expectingChild() ? "väntar barn" : String.valueOf(r.childAgeMonths());
                case NEEDS -> join(r.needs(), ScenarioTableWriter::need);
                case RISKS -> join(r.riskFactors(), f -> f.label().sv());
                case PROTECTIVE -> join(r.protectiveFactors(), f -> f.label().sv());
                case EPDS_TOTAL -> epds == null ? "" : String.valueOf(epds.total());
                case EPDS_ITEM10 -> epds == null ? "" : String.valueOf(epds.item10());
                case EPDS_FORM -> epds == null ? "" : epds.language();
                case LANGUAGE -> r.language() == null ? "" : r.language();
                case CENTRE -> r.centre() == null ? "" : r.centre();
                case MUST -> join(must, step -> step(step, services));
                case ORDER -> e.steps() != null ? "bara dessa" : e.firstSteps() != null ? "först" : "";
                case MUST_NOT -> join(e.excludes() == null ? List.of() : e.excludes(), services::write);
                case URGENCY -> sv(e.urgency());
                case RISK_LEVEL -> sv(e.riskLevel());
                case SAFEGUARDING -> e.concern() == null ? "" : e.concern() ? "Ja" : "Nej";
                case RULES -> join(e.rules() == null ? List.of() : e.rules(), Function.identity());
                case WHY -> s.why();
            });
        }
        return cells;
    }

    /** The Scenarier sheet, after the routing sheet; drop-downs on its one-word columns use the lists on the hidden sheet. */
    static void sheet(XSSFWorkbook workbook, List<Scenario> scenarios, ServiceCatalog catalog, CellStyle bold) {
        Sheet sheet = workbook.createSheet("Scenarier");
        ScenarioColumn[] columns = ScenarioColumn.values();
        Row heading = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            heading.createCell(c).setCellValue(columns[c].heading.sv());
            heading.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, width(columns[c]) * 256);
        }
        ServiceWords services = new ServiceWords(catalog);
        for (int r = 0; r < scenarios.size(); r++) {
            List<String> cells = cells(scenarios.get(r), services);
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
        sheet.createFreezePane(1, 1);
    }

    /** CSV with this delimiter (a comma, or a semicolon as Swedish Excel writes it); no cell opens as a formula. */
    public static String csv(List<Scenario> scenarios, ServiceCatalog catalog, char delimiter) {
        ServiceWords services = new ServiceWords(catalog);
        return SafeCsv.write(headings(), scenarios.stream().map(s -> cells(s, services)).toList(), delimiter);
    }

    private static String need(Need need) {
        // the severity is written when it is not the default, so the cell reads as staff would say it
        return need.category().label().sv() + (need.severity() == Severity.MODERATE ? "" : ": " + need.severity().label().sv());
    }

    private static String step(StepExpectation step, ServiceWords services) {
        List<String> attributes = new ArrayList<>();
        if (step.urgency() != null) {
            attributes.add(step.urgency().label().sv());
        }
        if (step.tier() != null) {
            attributes.add(step.tier().label().sv());
        }
        if (step.safeguarding() != null) {
            attributes.add(step.safeguarding() ? "skyddssteg" : "inte skyddssteg");
        }
        if (step.interpreter() != null) {
            attributes.add(step.interpreter() ? "med tolk" : "utan tolk");
        }
        return services.write(step.service()) + (attributes.isEmpty() ? "" : ": " + String.join(", ", attributes));
    }

    private static <T> String join(List<T> items, Function<T, String> word) {
        return String.join(ScenarioColumn.LIST_SEPARATOR, items.stream().map(word).toList());
    }

    private static String sv(Labelled code) {
        return code == null ? "" : code.label().sv();
    }

    private static int width(ScenarioColumn column) {
        return switch (column) {
            case SCENARIO, NEEDS, MUST, RULES -> 34;
            case WHY -> 60;
            case RISKS, PROTECTIVE, MUST_NOT -> 28;
            default -> 12;
        };
    }
}
