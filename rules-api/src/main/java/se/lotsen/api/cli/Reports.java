package se.lotsen.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** How the commands print a report as JSON: indented, with days as 2026-11-24, which {@code suggest --date} reads. */
final class Reports {
    private Reports() {
    }

    static ObjectWriter writer(ObjectMapper mapper) {
        return mapper.writer(SerializationFeature.INDENT_OUTPUT).without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
