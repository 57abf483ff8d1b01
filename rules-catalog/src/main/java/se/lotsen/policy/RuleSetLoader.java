package se.lotsen.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Collectors;
import se.lotsen.core.Text;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RoutingTable;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.core.ruleset.RuleSetLimits;
import se.lotsen.core.ruleset.RuleSetManifest;
import se.lotsen.policy.LayerStack.Layer;
import se.lotsen.policy.LayerStack.Removal;
import se.lotsen.policy.properties.Property;
import se.lotsen.policy.properties.PropertyReader;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.scenarios.ScenarioReader;
import se.lotsen.policy.tables.RoutingTableReader;
import se.lotsen.policy.tables.ScenarioTableReader;

/**
 * Reads a rule set's files into what the engine and validation need: the rule set, its scenarios
 * and properties, warnings, and how each table was read. A layer ({@code extends:} in
 * ruleset.yaml) is laid on its base first: the combined set is what is checked and served.
 * Every problem found is collected with its file and line before any is reported.
 */
public final class RuleSetLoader {
    private RuleSetLoader() {
    }

    /**
     * A rule set read from its files.
     *
     * @param files      the files as given (a layer's own files, for a layer)
     * @param base       what a layer extends, "id version" (null for a rule set that extends nothing)
     * @param warnings   things a policy owner should see to, that do not stop the rule set from serving
     * @param detections how each table was read, by path
     */
    public record Loaded(RuleSetFiles files, RuleSet ruleSet, List<Scenario> scenarios, List<Property> properties,
                         String base, List<Problem> warnings, Map<String, Text> detections) {
    }

    /** What a layer extends: a rule set's id, and a version (null: it follows the latest). */
    public record Extends(String id, String version) {
    }

    /** What these files extend, read leniently; empty for a rule set that extends nothing or cannot be read. */
    public static Optional<Extends> extendsOf(RuleSetFiles files) {
        try {
            JsonNode node = Yaml.READER.readTree(files.text(RuleSetFiles.MANIFEST)).get("extends");
            return node == null ? Optional.empty()
                    : Optional.of(Yaml.READER.treeToValue(node, Extends.class));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The bundled default rule set, ready for {@code PathwayEngine.builder().ruleSet(...)}. */
    public static RuleSet defaultRuleSet() {
        return load(RuleSetFiles.readDefault(), BaseResolver.bundled(), LocalDate.now()).ruleSet();
    }

    /** A rule set from a directory or zip; a layer's base is the bundled default when it extends that. */
    public static RuleSet ruleSet(Path directoryOrZip) {
        return load(RuleSetFiles.read(directoryOrZip), BaseResolver.bundled(), LocalDate.now()).ruleSet();
    }

    public static Loaded load(RuleSetFiles files, BaseResolver bases, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        LayerStack stack = LayerStack.collect(files, bases, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<Layer> layers = stack.layers();
        String base = stack.baseName();
        ManifestChecks.Lines lines = (near, sv, en) -> stack.locate(RuleSetFiles.MANIFEST, near, sv, en);
        ManifestChecks.Lines catalogLines = (near, sv, en) -> stack.locate(RuleSetFiles.CATALOG, near, sv, en);

        JsonNode manifestTree = null;
        JsonNode catalogTree = null;
        for (Layer layer : layers) {
            manifestTree = Layering.merge(manifestTree, layer.manifest());
            catalogTree = Layering.merge(catalogTree, layer.catalog());
        }
        RuleSetManifest manifest = stack.convert(manifestTree, RuleSetManifest.class, RuleSetFiles.MANIFEST, problems);
        ServiceCatalog catalog = catalogTree == null ? null
                : stack.convert(catalogTree, ServiceCatalog.class, RuleSetFiles.CATALOG, problems);
        if (catalogTree == null) {
            problems.add(Problem.of(RuleSetFiles.CATALOG, 0, "saknas.", "is missing."));
        }
        if (manifest != null && catalog != null) {
            new ManifestChecks(lines, problems::add, warnings::add, today).check(manifest, catalog);
            new CatalogChecks(catalogLines, (entry, key, sv, en) -> stack.locateWithin(RuleSetFiles.CATALOG, entry, key, sv, en),
                    problems::add, warnings::add, today).check(catalog);
        }
        // Scenarios and properties are read while the tables are (a spreadsheet is the slowest file to read).
        List<Problem> checkProblems = new ArrayList<>();
        // In the pool of the thread that loads (the server's validation pool), never the JVM's common pool.
        ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        CompletableFuture<List<Scenario>> scenariosRead = CompletableFuture.supplyAsync(() -> scenarios(layers, catalog, checkProblems), pool);
        List<RuleFile> ruleFiles = ruleFiles(layers, problems);
        Map<String, Text> detections = new LinkedHashMap<>();
        List<RoutingTable> tables = catalog == null ? List.of() : tables(layers, catalog, problems, detections);
        if (ruleFiles.isEmpty() && tables.isEmpty()) {
            problems.add(Problem.of("rules/", 0, "Regeluppsättningen har inga regler (rules/*.drl) och inga tabeller (tables/*.xlsx, tables/*.csv).",
                    "The rule set has no rules (rules/*.drl) and no tables (tables/*.xlsx, tables/*.csv)."));
        }
        List<Scenario> scenarios = scenariosRead.join();
        List<Property> properties = properties(layers, checkProblems);
        problems.addAll(checkProblems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new Loaded(files, new RuleSet(manifest, catalog, ruleFiles, tables), scenarios, properties, base,
                List.copyOf(warnings), detections);
    }

    private static List<RuleFile> ruleFiles(List<Layer> layers, List<Problem> problems) {
        Map<String, RuleFile> files = new LinkedHashMap<>();
        for (Layer layer : layers) {
            layer.removals().files().forEach(files::remove);
            for (String path : layer.files().paths("rules/", ".drl")) {
                files.put(path, new RuleFile(layer.prefix() + path, layer.files().bytes(path)));
            }
        }
        for (Layer layer : layers) {
            for (String path : layer.files().files().keySet()) {
                if (path.startsWith("tables/") && !RoutingTableReader.isTable(path)) {
                    problems.add(Problem.of(layer.prefix() + path, 0, "En tabell ska vara .xlsx eller .csv.",
                            "A table must be .xlsx or .csv."));
                }
            }
        }
        return List.copyOf(files.values());
    }

    private static List<RoutingTable> tables(List<Layer> layers, ServiceCatalog catalog, List<Problem> problems,
                                             Map<String, Text> detections) {
        RoutingTableReader reader = new RoutingTableReader(
                catalog.services().stream().map(Service::id).collect(Collectors.toSet()),
                catalog.centres().stream().map(Centre::id).collect(Collectors.toSet()));
        List<RoutingTable> tables = new ArrayList<>();
        int rows = 0;
        for (Layer layer : layers) {
            Set<String> replaced = new HashSet<>(layer.removals().rows());
            List<RoutingTable> own = new ArrayList<>();
            for (String path : layer.files().paths("tables/", ".csv", ".xlsx")) {
                RoutingTableReader.Result result = reader.read(layer.prefix() + path, layer.files().bytes(path));
                problems.addAll(result.problems());
                if (result.detected() != null) {
                    detections.put(layer.prefix() + path, result.detected());
                }
                own.add(result.table());
                result.table().rows().forEach(r -> replaced.add(r.name()));
            }
            for (String removed : layer.removals().rows()) {
                boolean exists = tables.stream().anyMatch(t -> t.rows().stream().anyMatch(r -> r.name().equals(removed)));
                if (!exists) {
                    problems.add(Problem.of(layer.prefix() + RuleSetFiles.MANIFEST, LayerStack.lineOf(layer.files().text(RuleSetFiles.MANIFEST), removed),
                            "remove.rows: raden " + removed + " finns inte i regeluppsättningen som lagret bygger på.",
                            "remove.rows: the row " + removed + " is not in the rule set the layer builds on."));
                }
            }
            // A layer's row replaces the base's row of the same name; remove.rows takes a base row away.
            tables.replaceAll(t -> new RoutingTable(t.path(), t.rows().stream().filter(r -> !replaced.contains(r.name())).toList()));
            tables.addAll(own);
        }
        for (RoutingTable table : tables) {
            rows += table.rows().size();
        }
        if (rows > RuleSetLimits.MAX_TABLE_ROWS) {
            problems.add(Problem.of("tables/", 0, "Tabellerna har " + rows + " rader; högst " + RuleSetLimits.MAX_TABLE_ROWS + ".",
                    "The tables have " + rows + " rows; at most " + RuleSetLimits.MAX_TABLE_ROWS + "."));
        }
        return tables.stream().filter(t -> !t.rows().isEmpty()).toList();
    }

    /** Each layer's scenarios, from YAML and from the Scenarier sheets of its tables; a layer's scenario replaces the base's of that name. */
    private static List<Scenario> scenarios(List<Layer> layers, ServiceCatalog catalog, List<Problem> problems) {
        Map<String, Scenario> byName = new LinkedHashMap<>();
        ScenarioTableReader sheets = catalog == null ? null : new ScenarioTableReader(catalog);
        for (Layer layer : layers) {
            removeById(layer, layer.removals().scenarios(), byName, "scenarios", problems);
            ScenarioReader.Result result = ScenarioReader.read(layer.files(), layer.prefix());
            problems.addAll(result.problems());
            Map<String, Scenario> own = new LinkedHashMap<>();
            result.scenarios().forEach(s -> own.put(s.name(), s));
            for (String path : sheets == null ? List.<String>of() : layer.files().paths("tables/", ".csv", ".xlsx")) {
                ScenarioTableReader.Result table = sheets.read(layer.prefix() + path, layer.files().bytes(path));
                problems.addAll(table.problems());
                for (Scenario scenario : table.scenarios()) {
                    Scenario earlier = own.putIfAbsent(scenario.name(), scenario);
                    if (earlier != null) {
                        problems.add(Problem.of(scenario.file(), scenario.line(), "Scenariot " + scenario.name() + " finns redan i "
                                + earlier.file() + "; varje scenario behöver ett eget namn.", "The scenario " + scenario.name()
                                + " is already in " + earlier.file() + "; every scenario needs a name of its own."));
                    }
                }
            }
            byName.putAll(own);
        }
        return List.copyOf(byName.values());
    }

    private static List<Property> properties(List<Layer> layers, List<Problem> problems) {
        Map<String, Property> byId = new LinkedHashMap<>();
        for (Layer layer : layers) {
            removeById(layer, layer.removals().properties(), byId, "properties", problems);
            PropertyReader.Result result = PropertyReader.read(layer.files(), layer.prefix());
            problems.addAll(result.problems());
            result.properties().forEach(p -> byId.put(p.id(), p));
        }
        return List.copyOf(byId.values());
    }

    private static void removeById(Layer layer, List<Removal> removals, Map<String, ?> items, String what, List<Problem> problems) {
        for (Removal removal : removals) {
            int line = LayerStack.lineOf(layer.files().text(RuleSetFiles.MANIFEST), String.valueOf(removal.id()));
            if (removal.why() == null || removal.why().isBlank()) {
                problems.add(Problem.of(layer.prefix() + RuleSetFiles.MANIFEST, line, "remove." + what + ": " + removal.id()
                        + " behöver why: skälet att basens kontroll inte gäller här.", "remove." + what + ": " + removal.id()
                        + " needs a why: the reason the base's check does not apply here."));
            } else if (items.remove(removal.id()) == null) {
                problems.add(Problem.of(layer.prefix() + RuleSetFiles.MANIFEST, line, "remove." + what + ": " + removal.id()
                        + " finns inte i basen.", "remove." + what + ": " + removal.id() + " is not in the base."));
            }
        }
    }

    /** Every row of the rule set's tables, for the analysis and the workbench. */
    public static List<RoutingRow> rows(RuleSet ruleSet) {
        return ruleSet.tables().stream().flatMap(t -> t.rows().stream()).toList();
    }
}
