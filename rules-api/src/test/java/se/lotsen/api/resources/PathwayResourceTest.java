package se.lotsen.api.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.core.ActiveEngine;
import se.lotsen.api.errors.InvalidRequestExceptionMapper;
import se.lotsen.api.errors.JsonProcessingExceptionMapper;
import se.lotsen.api.errors.UnexpectedExceptionMapper;
import se.lotsen.catalog.stats.SuggestionCounter;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Json;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Safeguarding;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Urgency;
import se.lotsen.core.Violation;

/** The HTTP contract of POST /pathways/suggest, with the engine mocked away. */
@ExtendWith(DropwizardExtensionsSupport.class)
@SuppressWarnings("unchecked")
class PathwayResourceTest {
    private static final PathwayEngine ENGINE = mock(PathwayEngine.class);
    private static final Pathway PATHWAY = new Pathway("test", "7", RiskLevel.LOW, 0, Urgency.ROUTINE,
            Safeguarding.none(), List.of(), List.of(), List.of(), List.of());

    static final ResourceExtension RESOURCE = ResourceExtension.builder()
            .setMapper(Json.strict(Jackson.newObjectMapper()))
            .addResource(new PathwayResource(new ActiveEngine(ENGINE), mock(SuggestionCounter.class), new MetricRegistry()))
            .addProvider(new JsonProcessingExceptionMapper())
            .addProvider(new InvalidRequestExceptionMapper())
            .addProvider(new UnexpectedExceptionMapper())
            .setRegisterDefaultExceptionMappers(false)
            .build();

    private Response post(String json) {
        return RESOURCE.target("/pathways/suggest").request().post(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) {
        return response.readEntity(Map.class);
    }

    @Test
    void aValidRequestGetsThePathway() {
        when(ENGINE.suggest(any(SuggestionRequest.class))).thenReturn(PATHWAY);

        Response response = post("{\"childAgeMonths\": 4, \"needs\": [{\"category\": \"SLEEP\"}]}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).containsEntry("ruleSetVersion", "7");
    }

    @Test
    void theEnginesViolationsBecome422WithTheField() {
        when(ENGINE.suggest(any(SuggestionRequest.class))).thenThrow(new InvalidRequestException(
                List.of(new Violation("childAgeMonths", "must be between 0 and 83 months", List.of("0..83")))));

        Response response = post("{\"childAgeMonths\": 99}");

        assertThat(response.getStatus()).isEqualTo(422);
        Map<String, Object> error = body(response);
        assertThat(error).containsEntry("code", "invalid_request").containsEntry("field", "childAgeMonths");
        assertThat((List<Object>) error.get("allowed")).containsExactly("0..83");
    }

    @Test
    void malformedJsonIs400() {
        Response response = post("{\"childAgeMonths\": ");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).containsEntry("code", "malformed_json");
    }

    @Test
    void aFieldThatCouldCarryPersonalDataIsRefusedByName() {
        Response response = post("{\"childAgeMonths\": 4, \"personnummer\": \"19900101-1234\"}");

        assertThat(response.getStatus()).isEqualTo(422);
        Map<String, Object> error = body(response);
        assertThat(error).containsEntry("field", "personnummer");
        assertThat((List<Object>) error.get("allowed")).contains("needs", "childAgeMonths");
    }

    @Test
    void anUnknownCodeListsTheAllowedCodes() {
        Response response = post("{\"childAgeMonths\": 4, \"needs\": [{\"category\": \"HUNGER\"}]}");

        assertThat(response.getStatus()).isEqualTo(422);
        Map<String, Object> error = body(response);
        assertThat(error).containsEntry("field", "needs[0].category");
        assertThat((List<Object>) error.get("allowed")).contains("SLEEP", "FEEDING").hasSize(15);
    }

    @Test
    void aNumberGivenAsTextIsRefused() {
        Response response = post("{\"childAgeMonths\": \"4\"}");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).containsEntry("field", "childAgeMonths");
    }

    @Test
    void anUnexpectedFailureIs500WithoutInternals() {
        when(ENGINE.suggest(any(SuggestionRequest.class))).thenThrow(new IllegalStateException("secret detail"));

        Response response = post("{\"childAgeMonths\": 4}");

        assertThat(response.getStatus()).isEqualTo(500);
        String text = response.readEntity(String.class);
        assertThat(text).contains("internal_error").doesNotContain("secret detail", "Exception", "se.lotsen");
    }
}
