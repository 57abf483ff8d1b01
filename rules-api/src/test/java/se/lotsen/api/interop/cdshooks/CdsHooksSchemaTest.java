package se.lotsen.api.interop.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/** Lotsen's CDS Hooks documents and the examples, against JSON schemas written from the 2.0 spec (src/test/resources/cds-hooks-2.0). */
@ExtendWith(SharedApp.class)
class CdsHooksSchemaTest {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path EXAMPLES = Path.of(System.getProperty("lotsen.examples", "../examples"));

    private static List<String> errors(String schema, JsonNode document) {
        Schema s = SCHEMAS.getSchema(CdsHooksSchemaTest.class.getResourceAsStream("/cds-hooks-2.0/" + schema + ".json"));
        return s.validate(document.toString(), InputFormat.JSON).stream().map(Object::toString).toList();
    }

    @Test
    void discoveryAndEveryCardAnswerAreValid(TestApp app) throws Exception {
        assertThat(errors("discovery", TestApp.json(app.get("/cds-services", app.key(Role.SYSTEM))))).isEmpty();
        for (String example : List.of("patient-view-violence.json", "patient-view-sleep.json")) {
            String request = Files.readString(EXAMPLES.resolve("cds-hooks/" + example));
            JsonNode answer = TestApp.json(app.postJson("/cds-services/lotsen-pathway", app.key(Role.SYSTEM), request));
            assertThat(answer.get("cards")).as(example).isNotEmpty();
            assertThat(errors("response", answer)).as(example).isEmpty();
        }
    }

    @Test
    void theExampleRequestsAreValidRequests() throws Exception {
        for (String example : List.of("patient-view-violence.json", "patient-view-sleep.json", "patient-view-no-prefetch.json")) {
            assertThat(errors("request", JSON.readTree(Files.readString(EXAMPLES.resolve("cds-hooks/" + example))))).as(example).isEmpty();
        }
    }

    @Test
    void theSchemasThemselvesRefuseWhatTheSpecRefuses() throws Exception {
        ObjectNode card = (ObjectNode) JSON.readTree("{\"summary\": \"x\", \"indicator\": \"info\", \"source\": {\"label\": \"L\"}}");
        assertThat(errors("response", JSON.createObjectNode().set("cards", JSON.createArrayNode().add(card)))).isEmpty();

        ObjectNode longSummary = card.deepCopy().put("summary", "x".repeat(140));
        ObjectNode badIndicator = card.deepCopy().put("indicator", "urgent");
        ObjectNode suggestionsWithoutBehavior = card.deepCopy();
        suggestionsWithoutBehavior.putArray("suggestions").addObject().put("label", "s");
        for (ObjectNode bad : List.of(longSummary, badIndicator, suggestionsWithoutBehavior)) {
            assertThat(errors("response", JSON.createObjectNode().set("cards", JSON.createArrayNode().add(bad)))).as(bad.toString())
                    .isNotEmpty();
        }
        assertThat(errors("feedback", JSON.readTree("{\"feedback\": [{\"card\": \"c\", \"outcome\": \"accepted\"}]}"))).isNotEmpty();
        assertThat(errors("request", JSON.readTree("{\"hook\": \"patient-view\", \"context\": {}}"))).isNotEmpty();
    }
}
