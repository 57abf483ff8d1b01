package se.lotsen.core.internal.facts;

/** A protective factor present in the family, with the weight the rule set gives it. */
public record ProtectionFact(String code, int weight) {
}
