package se.lotsen.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A layer that travels between municipalities is untrusted on every machine that validates it: `lotsen validate`
 * of a layer smuggling Java in a text block exits with an error naming the file and line, and nothing runs.
 */
class TextBlockLayerTest {
    private final ObjectMapper mapper = Jackson.newObjectMapper();
    private final CommandOutput output = new CommandOutput();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "a text block in a {0}")
    @ValueSource(strings = {"consequence", "reason", "constraint"})
    void validateOfALayerWithATextBlockFailsNamingTheFileAndLine(String where) throws Exception {
        Path layer = Files.createDirectories(dir.resolve("layer"));
        Path marker = dir.resolve("written-by-a-layer");
        Files.writeString(layer.resolve("ruleset.yaml"), """
                id: attack
                version: "attack-1"
                extends: { id: default }
                effectiveDate: 2026-11-24
                description:
                  sv: Ett lager som försöker köra Java.
                  en: A layer that tries to run Java.
                """);
        Files.createDirectories(layer.resolve("rules"));
        Files.writeString(layer.resolve("rules/attack.drl"), "package se.lotsen.rules;\nimport se.lotsen.core.vocabulary.*;\n"
                + "import se.lotsen.core.NeedCategory;\nimport se.lotsen.core.Urgency;\nimport se.lotsen.core.Tier;\n"
                + "global se.lotsen.core.vocabulary.Advice out;\n"
                + se.lotsen.api.publishing.RuleFileAttackTest.textBlockRule(where, marker));

        int status = ValidateCommand.execute(mapper, layer.toString(), false, output.outStream, output.errStream);

        assertThat(status).isNotZero();
        assertThat(output.out() + output.err()).contains("rules/attack.drl:" + (where.equals("constraint") ? 9 : 11));
        assertThat(marker).doesNotExist();
    }
}
