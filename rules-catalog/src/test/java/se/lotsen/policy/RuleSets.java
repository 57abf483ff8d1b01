package se.lotsen.policy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.tables.RoutingTableReader;
import se.lotsen.policy.tables.RoutingTableWriter;
import se.lotsen.policy.tables.ScenarioTableWriter;
import se.lotsen.policy.validation.RuleSetValidator;

/** The default rule set, and copies of it with one thing changed, as a policy owner would change it. */
public final class RuleSets {
    public static final RuleSetFiles DEFAULT = RuleSetFiles.readDefault();
    public static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    /** Validation for tests that are not about the exploration: the full grid, a small random part. */
    public static final RuleSetValidator.Options QUICK = new RuleSetValidator.Options(BaseResolver.bundled(),
            Clock.fixed(DAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC), 500);

    private RuleSets() {
    }

    public static RuleSetFiles edited(String path, UnaryOperator<String> edit) {
        return with(path, edit.apply(DEFAULT.text(path)).getBytes(StandardCharsets.UTF_8));
    }

    public static RuleSetFiles with(String path, byte[] content) {
        Map<String, byte[]> files = new TreeMap<>(DEFAULT.files());
        if (content == null) {
            files.remove(path);
        } else {
            files.put(path, content);
        }
        return RuleSetFiles.of("edited", files);
    }

    /** The default's routing table as CSV text (Swedish words, comma, UTF-8), for edits a test can read. */
    public static String tableCsv() {
        return RoutingTableWriter.csv(defaultRows());
    }

    /** The scenarios of the default's Scenarier sheet as CSV (Swedish words, comma, UTF-8). */
    public static String scenariosCsv() {
        var loaded = RuleSetLoader.load(DEFAULT, BaseResolver.bundled(), DAY);
        return ScenarioTableWriter.csv(sheetScenarios(loaded.scenarios()), loaded.ruleSet().catalog(), ',');
    }

    /** The scenarios that come from a table's Scenarier sheet. */
    public static List<Scenario> sheetScenarios(List<Scenario> scenarios) {
        return scenarios.stream().filter(s -> s.file().startsWith("tables/")).toList();
    }

    public static List<RoutingRow> defaultRows() {
        var loaded = RuleSetLoader.load(DEFAULT, BaseResolver.bundled(), DAY);
        return RuleSetLoader.rows(loaded.ruleSet());
    }

    /** The default with its workbook replaced by this routing CSV and the workbook's scenarios as tables/scenarios.csv. */
    public static RuleSetFiles withTable(String csvPath, byte[] csv) {
        Map<String, byte[]> files = new TreeMap<>(DEFAULT.files());
        files.remove("tables/routing.xlsx");
        files.put(csvPath, csv);
        files.put("tables/scenarios.csv", scenariosCsv().getBytes(StandardCharsets.UTF_8));
        return RuleSetFiles.of("edited", files);
    }

    static RoutingTableReader reader() {
        var loaded = RuleSetLoader.load(DEFAULT, BaseResolver.bundled(), DAY);
        return new RoutingTableReader(
                loaded.ruleSet().catalog().services().stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet()),
                loaded.ruleSet().catalog().centres().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()));
    }
}
