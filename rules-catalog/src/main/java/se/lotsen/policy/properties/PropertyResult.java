package se.lotsen.policy.properties;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import se.lotsen.core.Text;

/**
 * A property checked over every family: whether it holds, over how many families its {@code when}
 * matched, and when it does not hold, the smallest family that breaks it.
 */
public record PropertyResult(String id, String file, int line, String why, boolean holds, long checked,
                             Counterexample counterexample) {

    /**
     * The smallest family found that breaks the property. Properties check every request the API accepts, so this
     * family may be one that cannot exist; then it says so, and gives the nearest family that can exist and also
     * breaks the property, if there is one near.
     *
     * @param request          the request as JSON, which {@code lotsen suggest --date DATE} reproduces
     * @param date             the day it was asked about
     * @param reason           what in the pathway breaks the property
     * @param implausible      the {@link Plausibility} constraints this family breaks (empty: it can exist)
     * @param implausibleSays  what those constraints say, in Swedish and English
     * @param nearestPlausible the nearest family that can exist and breaks the property too (null when this one can
     *                         exist, or none was found near it)
     */
    public record Counterexample(JsonNode request, LocalDate date, String reason, List<String> implausible, List<Text> implausibleSays,
                                 Counterexample nearestPlausible) {
        public Counterexample {
            implausible = implausible == null ? List.of() : List.copyOf(implausible);
            implausibleSays = implausibleSays == null ? List.of() : List.copyOf(implausibleSays);
        }
    }
}
