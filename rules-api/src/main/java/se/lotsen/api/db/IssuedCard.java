package se.lotsen.api.db;

/**
 * A CDS Hooks card as stored: its uuid, the ISO week it was given, the centre, the service and the
 * rules behind it (JSON), the outcome its feedback counted ("" until feedback came) and its expiry
 * (epoch milliseconds). Nothing about the patient it was shown for.
 */
public record IssuedCard(String card, String isoWeek, String centre, String service, String rules, String outcome,
                         long expiresAt) {
}
