package se.lotsen.catalog.store;

/** Which version serves, since when, and who activated it (a key's label). */
public record ActiveRuleSet(String version, String activatedAt, String activatedBy) {
}
