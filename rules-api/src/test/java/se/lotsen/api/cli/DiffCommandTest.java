package se.lotsen.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.tables.RoutingTableWriter;

class DiffCommandTest {
    private final ObjectMapper mapper = Jackson.newObjectMapper();
    private final CommandOutput output = new CommandOutput();

    @TempDir
    Path dir;

    /** The default with its table re-saved as Swedish Excel saves CSV: semicolons, Windows-1252. */
    private Path resavedBySwedishExcel() throws Exception {
        Path copy = CommandOutput.copyOfDefault(dir.resolve("excel"));
        RuleSetLoader.Loaded loaded = RuleSetLoader.load(RuleSetFiles.readDefault(), BaseResolver.bundled(), LocalDate.now());
        String csv = RoutingTableWriter.csv(RuleSetLoader.rows(loaded.ruleSet()), ';');
        Files.delete(copy.resolve("tables/routing.xlsx"));
        Files.write(copy.resolve("tables/routing.csv"), csv.getBytes(Charset.forName("windows-1252")));
        return copy;
    }

    private JsonNode diff(Path newer) throws Exception {
        int status = DiffCommand.execute(mapper, null, newer.toString(), true, output.outStream, output.errStream);
        assertThat(status).as(output.err()).isZero();
        return mapper.readTree(output.out());
    }

    @Test
    void aTableReSavedBySwedishExcelChangesNoPathway() throws Exception {
        JsonNode result = diff(resavedBySwedishExcel());

        assertThat(result.get("changed").asInt()).isZero();
        assertThat(result.get("compared").asInt()).isGreaterThan(1000);
    }

    @Test
    void changingOneReasonTextChangesPathways() throws Exception {
        Path edited = resavedBySwedishExcel();
        String csv = new String(Files.readAllBytes(edited.resolve("tables/routing.csv")), Charset.forName("windows-1252"));
        String reason = csv.lines().skip(1).findFirst().orElseThrow().split(";")[csv.lines().findFirst().orElseThrow()
                .split(";").length - 2];
        Files.write(edited.resolve("tables/routing.csv"), csv.replace(reason, reason.replace("\"", "") + " Ändrad.")
                .getBytes(Charset.forName("windows-1252")));

        JsonNode result = diff(edited);

        assertThat(result.get("changed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(result.get("changes").get(0).get("texts").toString()).contains("Ändrad.");
    }
}
