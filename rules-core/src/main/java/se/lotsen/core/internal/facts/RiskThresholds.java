package se.lotsen.core.internal.facts;

/** The rule set's thresholds from which the risk score is elevated or high. */
public record RiskThresholds(int elevatedFrom, int highFrom) {
}
