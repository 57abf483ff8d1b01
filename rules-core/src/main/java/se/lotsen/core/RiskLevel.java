package se.lotsen.core;

/** The weighed sum of risk factors less protective factors, mapped by the rule set's thresholds. */
public enum RiskLevel implements Labelled {
    LOW("Låg", "Low"),
    ELEVATED("Förhöjd", "Elevated"),
    HIGH("Hög", "High");

    private final Text label;

    RiskLevel(String sv, String en) {
        this.label = new Text(sv, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
