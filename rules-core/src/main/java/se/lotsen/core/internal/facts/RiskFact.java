package se.lotsen.core.internal.facts;

/** A risk factor present in the family, with the weight the rule set gives it. */
public record RiskFact(String code, int weight) {
}
