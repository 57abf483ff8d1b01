package se.lotsen.api.db;

/** Which rule set serves, since when, and who activated it (a key's label). */
public record ActiveRuleSet(String ruleSetId, String version, String activatedAt, String activatedBy) {
}
