package se.lotsen.catalog.store;

/** A published rule set as stored: its zip (base64) and its validation report (JSON). */
public record RuleSetVersion(String version, String ruleSetId, String hash, String publishedAt, String publishedBy,
                             String zipBase64, String reportJson) {
}
