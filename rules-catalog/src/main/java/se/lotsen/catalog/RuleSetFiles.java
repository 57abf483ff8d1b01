package se.lotsen.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.lotsen.core.ruleset.RuleSet;

/**
 * A rule set's files as a policy owner keeps them (a directory, a zip of one, or the bundled
 * default), read once into memory by their path inside the rule set.
 */
public final class RuleSetFiles {
    public static final String MANIFEST = "ruleset.yaml";
    public static final String CATALOG = "catalog/services.yaml";
    private static final String DEFAULT_RESOURCE = "rulesets/default/";

    private final String origin;
    private final Map<String, byte[]> files;

    private RuleSetFiles(String origin, Map<String, byte[]> files) {
        this.origin = origin;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Reads a rule-set directory, or a zip whose root (or single top folder) is the rule set. */
    public static RuleSetFiles read(Path path) {
        if (Files.isDirectory(path)) {
            return new RuleSetFiles(path.toString(), readTree(path));
        }
        try (FileSystem zip = FileSystems.newFileSystem(path)) {
            return new RuleSetFiles(path.toString(), readTree(zipRoot(zip)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + path + ": " + e.getMessage(), e);
        }
    }

    /** The default rule set that ships with Lotsen, from the classpath (a folder in development, the jar in production). */
    public static RuleSetFiles readDefault() {
        URL manifest = RuleSetFiles.class.getClassLoader().getResource(DEFAULT_RESOURCE + MANIFEST);
        if (manifest == null) {
            throw new IllegalStateException("the default rule set is missing from the classpath");
        }
        try {
            URI uri = manifest.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new RuleSetFiles("default", readTree(jar.getPath(DEFAULT_RESOURCE)));
                }
            }
            return new RuleSetFiles("default", readTree(Path.of(uri).getParent()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the default rule set: " + e.getMessage(), e);
        }
    }

    public static RuleSetFiles of(String origin, Map<String, byte[]> files) {
        return new RuleSetFiles(origin, files);
    }

    public String origin() {
        return origin;
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    public String text(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    public List<String> paths(String folder, String... suffixes) {
        return files.keySet().stream()
                .filter(p -> p.startsWith(folder))
                .filter(p -> Stream.of(suffixes).anyMatch(p::endsWith))
                .toList();
    }

    /** Parses and checks the manifest and catalog; compiling the rules is the engine's job. */
    public RuleSet toRuleSet() {
        return new RuleSetReader(this).read();
    }

    public List<Scenario> scenarios() {
        return new ScenarioReader(this).read();
    }

    private static Path zipRoot(FileSystem zip) throws IOException {
        Path root = zip.getPath("/");
        if (Files.exists(root.resolve(MANIFEST))) {
            return root;
        }
        try (Stream<Path> top = Files.list(root)) {
            List<Path> folders = top.filter(Files::isDirectory).toList();
            if (folders.size() == 1 && Files.exists(folders.get(0).resolve(MANIFEST))) {
                return folders.get(0);
            }
        }
        return root;
    }

    private static Map<String, byte[]> readTree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("/")) {
                    relative = relative.substring(1);
                }
                if (!relative.startsWith(".") && !relative.contains("/.")) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set files under " + root + ": " + e.getMessage(), e);
        }
        return files;
    }
}
