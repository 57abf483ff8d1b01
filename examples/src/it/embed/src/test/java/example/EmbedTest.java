package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an embedding project gets: the example runs, quietly, on the versions Lotsen is tested with, and no server. */
class EmbedTest {
    private static final Pattern JAR = Pattern.compile(".*/(.+)/([^/]+)/([^/]+)/\\2-\\3\\.jar");
    private static final List<String> SERVER_PARTS = List.of("jetty", "jersey", "jdbi", "sqlite-jdbc", "postgresql", "hapi-fhir",
            "dropwizard");

    @Test
    void theReadmeExampleRunsAndSaysWhatToDo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Embed.main(new String[0]);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("1. "), printed);
        assertTrue(printed.contains("BVC"), printed);
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("No SLF4J providers"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theClasspathHasTheTestedVersionsAndNoServer() throws Exception {
        Map<String, String> reactor = new HashMap<>();
        Matcher listed = Pattern.compile("^\\s*([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):\\w+", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of(System.getProperty("reactor.dependencies"))));
        while (listed.find()) {
            reactor.put(listed.group(1) + ":" + listed.group(2), listed.group(3));
        }
        assertTrue(reactor.containsKey("com.fasterxml:classmate"), "the reactor list has classmate: " + reactor.keySet());

        int compared = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            for (String part : SERVER_PARTS) {
                assertFalse(path.contains(part), "a server part on an embedding project's classpath: " + path);
            }
            Matcher jar = JAR.matcher(path);
            if (!jar.matches()) {
                continue;
            }
            String artifact = jar.group(2);
            String coordinate = groupOf(path, artifact, jar.group(3)) + ":" + artifact;
            if (coordinate.startsWith("org.drools:") || coordinate.startsWith("com.fasterxml")) {
                assertEquals(reactor.get(coordinate), jar.group(3), coordinate + " differs from the version Lotsen is tested with");
                compared++;
            }
        }
        assertTrue(compared > 10, "compared only " + compared + " jars");
    }

    /** The group of a jar in a Maven repository: the folders above artifact/version, from the repository's root. */
    private static String groupOf(String path, String artifact, String version) {
        String tail = "/" + artifact + "/" + version + "/" + artifact + "-" + version + ".jar";
        String folders = path.substring(0, path.length() - tail.length());
        int root = folders.indexOf("/it-repo/");
        return folders.substring(root + "/it-repo/".length()).replace('/', '.');
    }
}
