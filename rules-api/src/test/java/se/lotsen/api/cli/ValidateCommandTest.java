package se.lotsen.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private final ObjectMapper mapper = Jackson.newObjectMapper();
    private final CommandOutput output = new CommandOutput();

    @TempDir
    Path dir;

    @Test
    void aRuleThatWritesAFileOrStopsTheServerIsRefusedBeforeAnythingRuns() throws Exception {
        Path ruleSet = CommandOutput.copyOfDefault(dir.resolve("edited"));
        Path marker = dir.resolve("written-by-a-rule");
        Files.writeString(ruleSet.resolve("rules/attack.drl"), """
                package se.lotsen.rules;

                import se.lotsen.core.vocabulary.*;

                global se.lotsen.core.vocabulary.Advice out;

                rule "attack-write"
                when
                    Family()
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "owned");
                end

                rule "attack-exit"
                when
                    Family()
                then
                    System.exit(42);
                end
                """.formatted(marker.toString().replace("\\", "/")));

        // System.exit in a rule that ran would end this test JVM here; returning at all is part of the proof.
        int status = ValidateCommand.execute(mapper, ruleSet.toString(), false, output.outStream, output.errStream);

        assertThat(status).isEqualTo(1);
        assertThat(output.out()).contains("rules/attack.drl:11", "rules/attack.drl:18");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aLayerIsCheckedOnTheBaseGivenAndTheOutputSaysWhichItUsed() throws Exception {
        Path examples = Path.of(System.getProperty("lotsen.examples", "../examples"));
        String layer = examples.resolve("region/norrkoping").toString();

        int withoutBase = ValidateCommand.execute(mapper, layer, false, output.outStream, output.errStream);
        assertThat(withoutBase).as("the region's base is not bundled").isEqualTo(1);
        assertThat(output.out()).contains("The rule set region the layer builds on is not there");

        CommandOutput given = new CommandOutput();
        int status = ValidateCommand.execute(mapper, layer, false, false, Bases.of(examples.resolve("region/base").toString(),
                null, null), given.outStream, given.errStream);
        assertThat(status).as(given.out()).isZero();
        assertThat(given.out()).contains("Base: region region-2026.1 (" + examples.resolve("region/base") + ")");
    }

    @Test
    void theDefaultIsValidAndTheJsonReportSaysSo() throws Exception {
        int status = ValidateCommand.execute(mapper, CommandOutput.copyOfDefault(dir.resolve("copy")).toString(), true,
                output.outStream, output.errStream);

        assertThat(status).isZero();
        assertThat(mapper.readTree(output.out()).get("valid").asBoolean()).isTrue();
        assertThat(mapper.readTree(output.out()).get("explored").asInt()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void aFalsePropertyNamesACounterexampleThatSuggestReproducesOnItsDay() throws Exception {
        Path ruleSet = CommandOutput.copyOfDefault(dir.resolve("false-property"));
        Files.writeString(ruleSet.resolve("properties/false.yaml"), """
                - id: sleep-never-open-preschool
                  why: Ett påstående som inte stämmer.
                  when: { needs: [SLEEP] }
                  then: { excludes: [OPEN_PRESCHOOL] }
                """);

        int status = ValidateCommand.execute(mapper, ruleSet.toString(), true, output.outStream, output.errStream);

        assertThat(status).isEqualTo(1);
        JsonNode property = null;
        for (JsonNode p : mapper.readTree(output.out()).get("properties")) {
            if (p.get("id").asText().equals("sleep-never-open-preschool")) {
                property = p;
            }
        }
        assertThat(property.get("holds").asBoolean()).isFalse();
        JsonNode counterexample = property.get("counterexample");
        String day = counterexample.get("date").asText();
        assertThat(day).matches("\\d{4}-\\d{2}-\\d{2}");

        CommandOutput suggested = new CommandOutput();
        int suggestStatus = SuggestCommand.execute(mapper, "-", ruleSet.toString(), day,
                new ByteArrayInputStream(mapper.writeValueAsBytes(counterexample.get("request"))), suggested.outStream,
                suggested.errStream);

        assertThat(suggestStatus).isZero();
        assertThat(mapper.readTree(suggested.out()).get("steps").findValuesAsText("id")).contains("OPEN_PRESCHOOL");
    }

    @Test
    void aMissingFolderSaysSoInsteadOfAStackTrace() throws Exception {
        int status = ValidateCommand.execute(mapper, dir.resolve("nothing-here").toString(), false, output.outStream,
                output.errStream);

        assertThat(status).isEqualTo(1);
        assertThat(output.err()).startsWith("lotsen: cannot read").doesNotContain("Exception");
    }
}
