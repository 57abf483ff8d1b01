package se.lotsen.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;
import se.lotsen.core.Json;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/** The strict YAML reader for rule-set files, and the file:line problem a parse error becomes. */
final class Yaml {
    static final ObjectMapper MAPPER = Json.strict(new ObjectMapper(new YAMLFactory()))
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Yaml() {
    }

    static Problem problem(String path, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[") + ": "
                : "";
        return new Problem(path, line, field + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
}
