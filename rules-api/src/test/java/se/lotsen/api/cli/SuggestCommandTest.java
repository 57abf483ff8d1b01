package se.lotsen.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.lotsen.core.Json;

class SuggestCommandTest {
    private final ObjectMapper mapper = Json.strict(Jackson.newObjectMapper());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin) throws Exception {
        return SuggestCommand.execute(mapper, "-", null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aValidRequestPrintsThePathwayOnStdout() throws Exception {
        int status = run("{\"expecting\": true, \"needs\": [{\"category\": \"PREGNANCY\"}]}");

        assertThat(status).isZero();
        JsonNode pathway = mapper.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(pathway.get("steps").get(0).get("service").get("id").asText()).isEqualTo("MIDWIFE_CLINIC");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anInvalidRequestExitsWithTwoAndTheApiErrorOnStderr() throws Exception {
        int status = run("{\"childAgeMonths\": 84}");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode error = mapper.readTree(err.toString(StandardCharsets.UTF_8));
        assertThat(error.get("field").asText()).isEqualTo("childAgeMonths");
    }

    @Test
    void malformedJsonExitsWithTwo() throws Exception {
        assertThat(run("not json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("malformed_json");
    }
}
