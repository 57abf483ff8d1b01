package se.lotsen.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.lotsen.core.Json;

class SuggestCommandTest {
    private final ObjectMapper mapper = Json.strict(Jackson.newObjectMapper());
    private final CommandOutput output = new CommandOutput();

    private int run(String stdin, String date) throws Exception {
        return SuggestCommand.execute(mapper, "-", null, date, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                output.outStream, output.errStream);
    }

    @Test
    void aValidRequestPrintsThePathwayOnStdout() throws Exception {
        int status = run("{\"expecting\": true, \"needs\": [{\"category\": \"PREGNANCY\"}]}", null);

        assertThat(status).isZero();
        JsonNode pathway = mapper.readTree(output.out());
        assertThat(pathway.get("steps").get(0).get("service").get("id").asText()).isEqualTo("MIDWIFE_CLINIC");
        assertThat(output.err()).isEmpty();
    }

    @Test
    void aDateAnswersAsOnThatDaySoACounterexampleCanBeReproduced() throws Exception {
        int status = run("{\"childAgeMonths\": 70, \"needs\": [{\"category\": \"SCHOOL_START\"}]}", "2027-09-01");

        assertThat(status).isZero();
        assertThat(mapper.readTree(output.out()).get("asOf").asText()).isEqualTo("2027-09-01");
    }

    @Test
    void anInvalidRequestExitsWithTwoAndTheApiErrorOnStderr() throws Exception {
        int status = run("{\"childAgeMonths\": 84}", null);

        assertThat(status).isEqualTo(2);
        assertThat(output.out()).isEmpty();
        assertThat(mapper.readTree(output.err()).get("field").asText()).isEqualTo("childAgeMonths");
    }

    @Test
    void malformedJsonExitsWithTwo() throws Exception {
        assertThat(run("not json", null)).isEqualTo(2);
        assertThat(output.err()).contains("malformed_json");
    }
}
