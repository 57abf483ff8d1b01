package se.lotsen.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.lotsen.core.SuggestionRequest;

/** A request as the JSON a caller would send (only what is given), so {@code lotsen suggest} can reproduce it. */
public final class RequestJson {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);

    private RequestJson() {
    }

    public static JsonNode of(SuggestionRequest request) {
        return JSON.valueToTree(request);
    }
}
