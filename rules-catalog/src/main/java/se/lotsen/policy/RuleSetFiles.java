package se.lotsen.policy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import se.lotsen.core.ruleset.RuleSetLimits;

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
        try {
            return fromZip(path.toString(), Files.readAllBytes(path));
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

    public Map<String, byte[]> files() {
        return files;
    }

    /** Where the files came from (a path, "default", "upload"), for messages. */
    public String origin() {
        return origin;
    }

    /** SHA-256 over every path and its bytes, in path order: the same files give the same hash. */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The files as a zip, the form in which rule sets are uploaded, stored and downloaded. */
    public byte[] toZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a zipped rule set from bytes (an upload). Refuses archives that unpack to more than
     * {@value Unpacked#MAX_BYTES} bytes or {@value Unpacked#MAX_FILES} files, a file over the per-file limit,
     * entries whose names could leave the rule set (absolute, "..", drive letters, control characters),
     * and names that appear twice (otherwise the later would silently win).
     */
    public static RuleSetFiles fromZip(String origin, byte[] zipBytes) {
        Unpacked unpacked = new Unpacked("the zip");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                unpacked.add(entry.getName(), entry.isDirectory() ? null : zip.readNBytes(RuleSetLimits.MAX_FILE_BYTES + 1));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not a readable zip: " + e.getMessage(), e);
        }
        return new RuleSetFiles(origin, unpacked.files());
    }

    /**
     * Reads a rule set from files uploaded one by one (a folder picked or dropped in a browser), each
     * named by its path in the folder. The same limits and name checks as a zip.
     */
    public static RuleSetFiles fromUpload(String origin, List<Map.Entry<String, byte[]>> uploaded) {
        Unpacked unpacked = new Unpacked("the upload");
        uploaded.forEach(file -> unpacked.add(file.getKey(), file.getValue()));
        return new RuleSetFiles(origin, unpacked.files());
    }

    /** The id in ruleset.yaml, read leniently so that even a broken rule set can be named ("?" when absent). */
    public String id() {
        return field("id");
    }

    /** The version in ruleset.yaml, read leniently ("?" when absent). */
    public String version() {
        return field("version");
    }

    static String versionOf(RuleSetFiles files) {
        return files.version();
    }

    private String field(String key) {
        String text = text(MANIFEST);
        if (text == null) {
            return "?";
        }
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s*[\"']?([^\"'\\n#]+?)[\"']?\\s*(#.*)?$")
                .matcher(text);
        return m.find() ? m.group(1).strip() : "?";
    }

    @Override
    public String toString() {
        return "rule set files from " + origin + " (" + files.size() + " files)";
    }

    public String text(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    public byte[] bytes(String path) {
        return files.get(path);
    }

    public List<String> paths(String folder, String... suffixes) {
        return files.keySet().stream()
                .filter(p -> p.startsWith(folder))
                .filter(p -> Stream.of(suffixes).anyMatch(s -> p.toLowerCase(Locale.ROOT).endsWith(s)))
                .toList();
    }

    private static Map<String, byte[]> readTree(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("/")) {
                    relative = relative.substring(1);
                }
                if (!Unpacked.isHidden(relative)) {
                    if (Files.size(file) > RuleSetLimits.MAX_FILE_BYTES) {
                        throw new IllegalArgumentException("the file " + relative + " is larger than "
                                + RuleSetLimits.MAX_FILE_BYTES / 1024 + " KiB");
                    }
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set files under " + root + ": " + e.getMessage(), e);
        }
        return files;
    }
}
