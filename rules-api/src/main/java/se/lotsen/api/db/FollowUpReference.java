package se.lotsen.api.db;

/** A followed-up pathway as stored: the hash of its reference, its ISO week and centre, and when it expires. */
public record FollowUpReference(String referenceHash, String isoWeek, String centre, String expiresOn) {
}
