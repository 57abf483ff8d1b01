package se.lotsen.api.interop.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/** Every HSDS answer is checked against the HSDS 3.0 schemas (vendored under src/test/resources/hsds-3.0). */
@ExtendWith(SharedApp.class)
class HsdsResourceTest {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schema(String name) {
        InputStream in = HsdsResourceTest.class.getResourceAsStream("/hsds-3.0/" + name + ".json");
        return SCHEMAS.getSchema(in);
    }

    private static List<String> errors(String schemaName, JsonNode document) {
        return schema(schemaName).validate(document.toString(), InputFormat.JSON).stream().map(e -> e.toString()).toList();
    }

    private static JsonNode get(TestApp app, String path) {
        return TestApp.json(app.get(path, app.key(Role.STAFF)));
    }

    @Test
    void theRootSaysHsds3(TestApp app) {
        JsonNode root = get(app, "/hsds/");

        assertThat(root.get("version").asText()).startsWith("3.");
        assertThat(root.get("openapi_url").asText()).startsWith("https://");
        assertThat(root.has("profile")).isTrue();
    }

    @Test
    void servicesAreListedOnPagesAndEachIsAValidHsdsService(TestApp app) {
        JsonNode page = get(app, "/hsds/services?per_page=100");

        assertThat(page.get("total_items").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(page.get("contents").size()).isEqualTo(page.get("total_items").asInt());
        assertThat(page.get("first_page").asBoolean()).isTrue();
        for (JsonNode service : page.get("contents")) {
            assertThat(UUID.fromString(service.get("id").asText())).isNotNull();
            assertThat(service.get("name").asText()).isNotBlank();
            assertThat(service.get("status").asText()).isEqualTo("active");
            assertThat(errors("service", service)).as(service.get("name").asText()).isEmpty();
        }
    }

    @Test
    void oneServiceIsFullyNestedAndStableAcrossCalls(TestApp app) {
        String id = get(app, "/hsds/services?per_page=1").get("contents").get(0).get("id").asText();

        JsonNode service = get(app, "/hsds/services/" + id);

        assertThat(errors("service", service)).isEmpty();
        assertThat(service.get("organization").get("name").asText()).isNotBlank();
        assertThat(service.get("phones").get(0).get("number").asText()).isNotBlank();
        assertThat(service.get("service_at_locations").get(0).get("location").get("location_type").asText()).isEqualTo("physical");
        assertThat(service.get("minimum_age").isNumber()).isTrue();
        assertThat(get(app, "/hsds/services?per_page=1").get("contents").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void organizationsAndServicesAtLocationsAreValidToo(TestApp app) {
        for (JsonNode organization : get(app, "/hsds/organizations").get("contents")) {
            assertThat(errors("organization", organization)).isEmpty();
        }
        JsonNode atLocations = get(app, "/hsds/service_at_locations?per_page=100").get("contents");
        assertThat(atLocations).isNotEmpty();
        for (JsonNode sal : atLocations) {
            assertThat(errors("service_at_location", sal)).isEmpty();
        }
        assertThat(get(app, "/hsds/locations").get("contents").findValuesAsText("name")).contains("Familjecentralen Norr");
    }

    @Test
    void theSchemaCheckItselfRefusesAServiceWithoutItsRequiredFields() throws Exception {
        assertThat(errors("service", new ObjectMapper().readTree("{\"name\": \"no id, no status\"}"))).isNotEmpty();
    }

    @Test
    void pagesAreBoundedAndCounted(TestApp app) {
        JsonNode third = get(app, "/hsds/services?per_page=10&page=3");

        assertThat(third.get("page_number").asInt()).isEqualTo(3);
        assertThat(third.get("total_pages").asInt()).isEqualTo((third.get("total_items").asInt() + 9) / 10);
        assertThat(app.get("/hsds/services?per_page=1000", app.key(Role.STAFF)).statusCode()).isEqualTo(422);
    }
}
