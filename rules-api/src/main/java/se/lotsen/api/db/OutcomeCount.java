package se.lotsen.api.db;

/**
 * One anonymous count for the learning evaluation.
 *
 * @param kind    SERVICE or RULE
 * @param code    the service id or rule id
 * @param measure SUGGESTED, FOLLOWED_UP, an outcome (CONTACTED, NOT_CONTACTED, HELPED, NOT_HELPED, NOT_NEEDED),
 *                or a CDS Hooks answer (CARD_ACCEPTED, CARD_OVERRIDDEN)
 */
public record OutcomeCount(String isoWeek, String centre, String kind, String code, String measure, long count) {
}
