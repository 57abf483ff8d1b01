package se.lotsen.api.publishing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.tables.RoutingTableWriter;
import se.lotsen.policy.tables.ScenarioTableWriter;

/** Edited copies of the default rule set, as a policy owner would make them. */
public final class EditedRuleSets {
    private static final String WORKBOOK = "tables/routing.xlsx";
    public static final String DEFAULT_VERSION = RuleSetFiles.readDefault().version();

    private EditedRuleSets() {
    }

    /** The default under another version, with the BVC nurse's reason for sleep reworded when {@code reason} is given. */
    public static RuleSetFiles version(String version, String reason) {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readDefault().files());
        replace(files, "ruleset.yaml", "version: \"" + DEFAULT_VERSION + "\"", "version: \"" + version + "\"");
        if (reason != null) {
            RuleSetLoader.Loaded loaded = RuleSetLoader.load(RuleSetFiles.readDefault(), BaseResolver.bundled(), LocalDate.now());
            String csv = RoutingTableWriter.csv(RuleSetLoader.rows(loaded.ruleSet()), ';');
            String edited = csv.replaceFirst("Sömn: BVC-sjuksköterskan går igenom[^;\"\n]*", reason);
            if (edited.equals(csv)) {
                throw new IllegalStateException("the default table has no reason for the BVC nurse on sleep");
            }
            files.remove("tables/routing.xlsx");
            files.put("tables/routing.csv", edited.getBytes(StandardCharsets.UTF_8));
            // the workbook's Scenarier sheet goes with it, as CSV beside the routes
            List<Scenario> sheet = loaded.scenarios().stream().filter(s -> s.file().startsWith("tables/")).toList();
            files.put("tables/scenarios.csv", ScenarioTableWriter.csv(sheet, loaded.ruleSet().catalog(), ';').getBytes(StandardCharsets.UTF_8));
        }
        return RuleSetFiles.of("edited", files);
    }

    public static RuleSetFiles version(String version) {
        return version(version, null);
    }

    /** A version whose DRL does not compile. */
    public static RuleSetFiles broken(String version) {
        Map<String, byte[]> files = new TreeMap<>(version(version).files());
        replace(files, "rules/epds.drl", "rule \"epds-positive-bvc\"\nwhen", "rule \"epds-positive-bvc\"\nwhen\n    Family( ageMonths >= )");
        return RuleSetFiles.of("broken", files);
    }

    /** A version with a rule that would write a file if it ever ran. */
    public static RuleSetFiles writingAFile(String version, String marker) {
        Map<String, byte[]> files = new TreeMap<>(version(version).files());
        files.put("rules/attack.drl", ("package se.lotsen.rules;\n\nimport se.lotsen.core.vocabulary.*;\n\n"
                + "global se.lotsen.core.vocabulary.Advice out;\n\nrule \"attack\"\nwhen\n    Family()\nthen\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"owned\");\nend\n")
                .getBytes(StandardCharsets.UTF_8));
        return RuleSetFiles.of("attack", files);
    }

    /**
     * The default with cells changed in its workbook, everything else as it is (the version too): each change is four
     * strings, the sheet, the row's first cell, the column's heading and the new value.
     */
    public static RuleSetFiles withCells(String... sheetRowHeadingValue) {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readDefault().files());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get(WORKBOOK)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < sheetRowHeadingValue.length; i += 4) {
                Sheet sheet = book.getSheet(sheetRowHeadingValue[i]);
                int column = -1;
                for (var cell : sheet.getRow(0)) {
                    column = cell.getStringCellValue().equals(sheetRowHeadingValue[i + 2]) ? cell.getColumnIndex() : column;
                }
                for (Row row : sheet) {
                    if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(sheetRowHeadingValue[i + 1])) {
                        (row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(sheetRowHeadingValue[i + 3]);
                    }
                }
            }
            book.write(out);
            files.put(WORKBOOK, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RuleSetFiles.of("workbook", files);
    }

    static void replace(Map<String, byte[]> files, String path, String from, String to) {
        String text = new String(files.get(path), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain " + from);
        }
        files.put(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }
}
