package se.lotsen.core.internal.facts;

/** Inserted by the risk-score rule: risk weights less protective weights. */
public record RiskScore(int value) {
}
