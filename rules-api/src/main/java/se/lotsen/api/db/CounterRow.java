package se.lotsen.api.db;

/** One anonymous counter: how many times, in one ISO week, a service was suggested for a need. */
public record CounterRow(String isoWeek, String centre, String need, String riskLevel, String service,
                         String urgency, long count) {
}
