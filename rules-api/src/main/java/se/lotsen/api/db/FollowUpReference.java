package se.lotsen.api.db;

/**
 * A followed-up pathway as stored: the hash of its reference, its ISO week and centre, when it
 * expires, its steps (JSON: service, urgency and rules of each) and the outcomes answered for each
 * step (JSON, by position). One row a pathway, so writing thousands of them is one batch.
 */
public record FollowUpReference(String referenceHash, String isoWeek, String centre, String expiresOn, String steps,
                                String answered) {
}
