package se.lotsen.api.db;

/**
 * One step of a followed-up pathway: which service, how soon, and the rules behind it; and which
 * outcomes have been answered for it (a comma-separated set, so an answer is counted once).
 */
public record FollowUpStep(String referenceHash, int position, String service, String urgency, String rules, String answered) {
}
