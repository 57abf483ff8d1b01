package se.lotsen.api.db;

/**
 * A published rule set as stored: its zip (base64) and its validation report (JSON).
 *
 * @param base what a layer extends ("id version"), or null
 */
public record PublishedRuleSet(String ruleSetId, String version, String hash, String base, String publishedAt,
                               String publishedBy, String zipBase64, String reportJson) {
}
