package se.lotsen.policy.properties;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * A property checked over every family: whether it holds, over how many families its {@code when}
 * matched, and when it does not hold, the smallest family that breaks it.
 */
public record PropertyResult(String id, String file, int line, String why, boolean holds, long checked,
                             Counterexample counterexample) {

    /**
     * The smallest family found that breaks the property.
     *
     * @param request the request as JSON, which {@code lotsen suggest --date DATE} reproduces
     * @param date    the day it was asked about
     * @param reason  what in the pathway breaks the property
     */
    public record Counterexample(JsonNode request, LocalDate date, String reason) {
    }
}
