package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public types of rules-core are the ones docs/ARCHITECTURE.md lists: a new one is a decision, written down. */
class PublicApiTest {
    private static final Pattern LISTED = Pattern.compile("(?m)^- `(se\\.lotsen\\.core[\\w.]*)` \\([^)]*\\): (.*)$");

    @Test
    void thePublicTypesAreTheListedOnes() throws Exception {
        Path classes = Path.of(PathwayEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.').replace(".class", "");
                if (name.contains("$") || name.contains(".internal") || name.endsWith("package-info")) {
                    continue;
                }
                if (Modifier.isPublic(Class.forName(name, false, getClass().getClassLoader()).getModifiers())) {
                    found.add(name);
                }
            }
        }

        Set<String> listed = new TreeSet<>();
        Matcher line = LISTED.matcher(Files.readString(Path.of("../docs/ARCHITECTURE.md")));
        while (line.find()) {
            Matcher type = Pattern.compile("`(\\w+)`").matcher(line.group(2));
            while (type.find()) {
                listed.add(line.group(1) + "." + type.group(1));
            }
        }

        assertThat(found).as("public types of rules-core against docs/ARCHITECTURE.md").isEqualTo(listed);
    }

    @Test
    void onlyTheEngineBuildsAFamilyAndOnlyValidationSkipsTheRequestsChecks() {
        // A public constructor or withRisk would let embedding code hand rules a family no request could give;
        // evaluateGenerated on the engine would let a request from outside skip its validation.
        assertThat(se.lotsen.core.vocabulary.Family.class.getConstructors()).isEmpty();
        assertThat(Stream.of(se.lotsen.core.vocabulary.Family.class.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("withRisk");
        assertThat(Stream.of(PathwayEngine.class.getMethods()).filter(m -> m.getDeclaringClass() == PathwayEngine.class)
                .map(java.lang.reflect.Method::getName).sorted().distinct().toList())
                .containsExactly("builder", "close", "evaluate", "ruleNames", "ruleSet", "suggest", "today");
    }
}
