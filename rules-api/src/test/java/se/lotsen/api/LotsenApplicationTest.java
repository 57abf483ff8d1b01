package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole application with the default rule set, over real HTTP on loopback. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LotsenApplicationTest {
    private static final java.nio.file.Path DIR = TestApps.tempDir();
    static final DropwizardAppExtension<LotsenConfiguration> APP =
            new DropwizardAppExtension<>(LotsenApplication.class, TestApps.config(DIR));
    private static String staff;

    @org.junit.jupiter.api.BeforeAll
    static void keys() {
        staff = TestApps.bearer(TestApps.keys(DIR), se.lotsen.api.auth.Role.STAFF);
    }

    private jakarta.ws.rs.client.Invocation.Builder get(String path) {
        return APP.client().target(url(path)).request().header("Authorization", staff);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + APP.getLocalPort() + path;
    }

    private Response suggest(String json) {
        return get("/pathways/suggest")
                .post(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    @Test
    void theDefaultBindIsLoopback() {
        LotsenConfiguration defaults = new LotsenConfiguration();
        DefaultServerFactory server = (DefaultServerFactory) defaults.getServerFactory();
        assertThat(((HttpConnectorFactory) server.getApplicationConnectors().get(0)).getBindHost()).isEqualTo("127.0.0.1");
        assertThat(((HttpConnectorFactory) server.getAdminConnectors().get(0)).getBindHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void aSleepQuestionGetsTheNurseAndTheOpenPreschool() {
        Response response = suggest("{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode pathway = response.readEntity(JsonNode.class);
        assertThat(pathway.get("ruleSetId").asText()).isEqualTo("default");
        assertThat(pathway.get("steps").get(0).get("service").get("id").asText()).isEqualTo("BVC_NURSE");
        assertThat(pathway.get("steps").get(0).get("reasons").get(0).get("sv").asText()).contains("BVC-sjuksköterskan");
    }

    @Test
    void violencePutsSafeguardingOnTopWithTheDutyToReport() {
        Response response = suggest("{\"childAgeMonths\": 14, \"needs\": [{\"category\": \"SLEEP\"}],"
                + " \"riskFactors\": [\"DOMESTIC_VIOLENCE\"]}");

        JsonNode pathway = response.readEntity(JsonNode.class);
        assertThat(pathway.get("safeguarding").get("concern").asBoolean()).isTrue();
        assertThat(pathway.get("safeguarding").get("duty").get("sv").asText()).contains("2025:400");
        assertThat(pathway.get("steps").get(0).get("safeguarding").asBoolean()).isTrue();
        assertThat(pathway.get("urgency").asText()).isEqualTo("SAME_DAY");
    }

    @Test
    void anInvalidRequestIs422WithTheFieldAndNoInternals() {
        Response response = suggest("{\"expecting\": true, \"screenings\": {\"epds\": {\"items\": [1,1,1,1,1,1,1,1,1,1],"
                + " \"total\": 20, \"language\": \"sv\"}}}");

        assertThat(response.getStatus()).isEqualTo(422);
        String body = response.readEntity(String.class);
        assertThat(body).contains("\"field\":\"screenings.epds.total\"").doesNotContain("Exception", "se.lotsen");
    }

    @Test
    void codesCarrySwedishAndEnglishLabels() {
        JsonNode codes = get("/codes").get(JsonNode.class);

        assertThat(codes.get("needs")).hasSize(15);
        assertThat(codes.get("riskFactors")).hasSize(15);
        assertThat(codes.get("protectiveFactors")).hasSize(8);
        assertThat(codes.get("needs").get(0).get("sv").asText()).isEqualTo("Sömn");
    }

    @Test
    void servicesComeFromTheActiveCatalog() {
        JsonNode catalog = get("/services").get(JsonNode.class);
        assertThat(catalog.get("services").size()).isGreaterThanOrEqualTo(22);

        JsonNode nurse = get("/services/BVC_NURSE").get(JsonNode.class);
        assertThat(nurse.get("ages").get("toMonths").asInt()).isEqualTo(71);

        Response missing = get("/services/NOPE").get();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.readEntity(String.class)).contains("\"code\":\"not_found\"");
    }

    @Test
    void theOpenApiDescriptionIsGeneratedFromTheResources() {
        JsonNode openapi = APP.client().target(url("/openapi.json")).request().get(JsonNode.class);

        assertThat(openapi.get("paths").has("/pathways/suggest")).isTrue();
        assertThat(openapi.get("paths").has("/codes")).isTrue();
        assertThat(openapi.get("paths").has("/services/{id}")).isTrue();
    }

    @Test
    void theHealthCheckRunsTheSafeguardingCanaryAndMetricsCountSuggestions() {
        suggest("{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}");
        String admin = "http://127.0.0.1:" + APP.getAdminPort();

        JsonNode health = APP.client().target(admin + "/healthcheck").request().get(JsonNode.class);
        assertThat(health.get("ruleset").get("healthy").asBoolean()).isTrue();
        assertThat(health.get("ruleset").get("message").asText()).contains("default 2026.11.1");
        assertThat(health.get("store").get("healthy").asBoolean()).isTrue();

        JsonNode metrics = APP.client().target(admin + "/metrics").request().get(JsonNode.class);
        assertThat(metrics.get("timers").get("se.lotsen.api.resources.PathwayResource.suggestions").get("count").asLong())
                .isGreaterThanOrEqualTo(1);
    }
}
