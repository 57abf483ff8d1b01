package se.lotsen.core.internal.facts;

/** Inserted by the risk-level rules: the level (LOW, ELEVATED, HIGH) and the score behind it. */
public record RiskAssessment(String level, int score) {
}
