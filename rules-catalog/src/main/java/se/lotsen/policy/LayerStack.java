package se.lotsen.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * A rule set's layers, from the bottom (a rule set that extends nothing) to the files given: each
 * layer's ruleset.yaml and catalog without its {@code extends:} and {@code remove:}, which say what it
 * builds on and what it takes away. A problem in the merged YAML is placed in the layer whose file holds it.
 */
final class LayerStack {
    private static final int MAX_LAYERS = 3;

    private final List<Layer> layers;
    private final String baseName;

    private LayerStack(List<Layer> layers, String baseName) {
        this.layers = List.copyOf(layers);
        this.baseName = baseName;
    }

    /** The parts of one layer (or a rule set that extends nothing), before they are laid on each other. */
    record Layer(String prefix, RuleSetFiles files, JsonNode manifest, JsonNode catalog, Removals removals) {
    }

    /** What a layer removes from its base, each with a reason. */
    record Removals(List<String> rows, List<String> files, List<Removal> scenarios, List<Removal> properties) {
        Removals {
            rows = rows == null ? List.of() : List.copyOf(rows);
            files = files == null ? List.of() : List.copyOf(files);
            scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
            properties = properties == null ? List.of() : List.copyOf(properties);
        }

        static final Removals NONE = new Removals(null, null, null, null);
    }

    record Removal(String id, String why) {
    }

    List<Layer> layers() {
        return layers;
    }

    /** What the files build on, "id version" (null for a rule set that extends nothing). */
    String baseName() {
        return baseName;
    }

    /** The layers of these files; on a problem, it is added and the stack is empty. */
    static LayerStack collect(RuleSetFiles files, BaseResolver bases, List<Problem> problems) {
        List<Layer> layers = new ArrayList<>();
        String base = collectLayers(files, bases, layers, problems);
        return new LayerStack(problems.isEmpty() ? layers : List.of(), base);
    }

    /** The layers from the bottom (a rule set that extends nothing) to the given files; returns the base's name. */
    private static String collectLayers(RuleSetFiles files, BaseResolver bases, List<Layer> layers, List<Problem> problems) {
        RuleSetFiles current = files;
        String prefix = "";
        String baseName = null;
        for (int depth = 0; depth <= MAX_LAYERS; depth++) {
            JsonNode manifest = parse(current, RuleSetFiles.MANIFEST, prefix, problems);
            JsonNode catalog = current.text(RuleSetFiles.CATALOG) == null ? null : parse(current, RuleSetFiles.CATALOG, prefix, problems);
            if (manifest == null) {
                return null;
            }
            RuleSetLoader.Extends extendsRef = null;
            Removals removals = Removals.NONE;
            ObjectNode own = (ObjectNode) manifest.deepCopy();
            try {
                if (own.has("extends")) {
                    extendsRef = Yaml.READER.treeToValue(own.remove("extends"), RuleSetLoader.Extends.class);
                }
                if (own.has("remove")) {
                    removals = Yaml.READER.treeToValue(own.remove("remove"), Removals.class);
                }
            } catch (JsonProcessingException e) {
                problems.add(Yaml.problem(prefix + RuleSetFiles.MANIFEST, e));
                return null;
            }
            layers.add(0, new Layer(prefix, current, own, catalog, removals));
            if (extendsRef == null) {
                return baseName;
            }
            if (extendsRef.id() == null) {
                problems.add(Problem.of(prefix + RuleSetFiles.MANIFEST, lineOf(current.text(RuleSetFiles.MANIFEST), "extends:"),
                        "extends behöver id (och gärna version) på regeluppsättningen som lagret bygger på.",
                        "extends needs the id (and preferably the version) of the rule set the layer builds on."));
                return null;
            }
            var found = bases.find(extendsRef.id(), extendsRef.version());
            if (found.isEmpty()) {
                problems.add(Problem.of(prefix + RuleSetFiles.MANIFEST, lineOf(current.text(RuleSetFiles.MANIFEST), "extends:"),
                        "Regeluppsättningen " + extendsRef.id() + (extendsRef.version() == null ? "" : " " + extendsRef.version())
                                + " som lagret bygger på finns inte (publicera den först).",
                        "The rule set " + extendsRef.id() + (extendsRef.version() == null ? "" : " " + extendsRef.version())
                                + " the layer builds on is not there (publish it first)."));
                return null;
            }
            current = found.get();
            String version = RuleSetFiles.versionOf(current);
            prefix = extendsRef.id() + "@" + version + ":";
            if (baseName == null) {
                baseName = extendsRef.id() + " " + version;
            }
        }
        problems.add(Problem.of(RuleSetFiles.MANIFEST, 0, "Lager på lager på lager: högst " + MAX_LAYERS + " lager.",
                "Layers on layers: at most " + MAX_LAYERS + " layers."));
        return null;
    }

    private static JsonNode parse(RuleSetFiles files, String path, String prefix, List<Problem> problems) {
        String text = files.text(path);
        if (text == null) {
            problems.add(Problem.of(prefix + path, 0, "saknas.", "is missing."));
            return null;
        }
        try {
            JsonNode node = Yaml.READER.readTree(text);
            if (node == null || !node.isObject()) {
                problems.add(Problem.of(prefix + path, 1, "ska innehålla nycklar med värden (id: …, version: …).",
                        "must hold keys with values (id: …, version: …)."));
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(Yaml.problem(prefix + path, e));
            return null;
        }
    }

    /** Reads the merged YAML; for a rule set that extends nothing, from its text, so errors keep their line. */
    <T> T convert(JsonNode tree, Class<T> type, String path, List<Problem> problems) {
        Layer top = layers.get(layers.size() - 1);
        try {
            if (layers.size() == 1) {
                return Yaml.READER.forType(type).readValue(top.files().text(path));
            }
            return Yaml.READER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            problems.add(Yaml.problem(top.prefix() + path, e));
            return null;
        }
    }

    /** Where a problem in a merged file belongs: the top-most layer whose file holds the text, else the top layer. */
    Problem locate(String path, String near, String sv, String en) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            int line = lineOf(layer.files().text(path), near);
            if (line > 0) {
                return Problem.of(layer.prefix() + path, line, sv, en);
            }
        }
        Layer top = layers.get(layers.size() - 1);
        return Problem.of(top.prefix() + path, 0, sv, en);
    }

    /**
     * Where a key inside one entry belongs: the first line after the entry's own line (such as {@code id: BVC_NURSE})
     * that starts with {@code key} (such as {@code ar:}), before the next entry of the list; else the entry's line.
     */
    Problem locateWithin(String path, String entry, String key, String sv, String en) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            String text = layer.files().text(path);
            int line = lineOf(text, entry);
            if (line > 0) {
                String[] lines = text.split("\n", -1);
                for (int j = line; j < lines.length && !lines[j].matches("\\s*- id:.*"); j++) {
                    if (lines[j].strip().startsWith(key)) {
                        return Problem.of(layer.prefix() + path, j + 1, sv, en);
                    }
                }
                return Problem.of(layer.prefix() + path, line, sv, en);
            }
        }
        return locate(path, entry, sv, en);
    }

    static int lineOf(String text, String near) {
        return TextLines.lineOf(text, near);
    }
}
