package se.lotsen.api.interop.cdshooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The CDS Hooks 2.0 documents Lotsen reads and writes; empty optional fields are left out, as the spec asks. */
final class CdsHooks {
    private CdsHooks() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Discovery(List<Service> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Service(String hook, String title, String description, String id, Map<String, String> prefetch,
                   String usageRequirements) {
    }

    /** A hook call; only the prefetched intake is read: never context.patientId, never the FHIR server. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Request(String hook, String hookInstance, String fhirServer, JsonNode fhirAuthorization, JsonNode context,
                   Map<String, JsonNode> prefetch) {
    }

    record Response(List<Card> cards) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Card(String uuid, String summary, String detail, String indicator, Source source, List<Suggestion> suggestions,
                String selectionBehavior, List<Link> links) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Source(String label, String url, Coding topic) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Coding(String system, String code, String display) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Suggestion(String label, String uuid, Boolean isRecommended, List<Action> actions) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Action(String type, String description, JsonNode resource) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Link(String label, String url, String type) {
    }

    /** Feedback on cards; a free-text userComment may arrive and is never kept. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Feedback(List<CardFeedback> feedback) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CardFeedback(String card, String outcome, List<JsonNode> acceptedSuggestions, JsonNode overrideReason,
                        String outcomeTimestamp) {
    }
}
