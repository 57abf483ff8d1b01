package se.lotsen.core;

/** How heavily a need weighs, as the parent and staff judge it. */
public enum Severity implements Labelled {
    MILD("Lindrig", "Mild"),
    MODERATE("Måttlig", "Moderate"),
    SEVERE("Svår", "Severe");

    private final Text label;

    Severity(String sv, String en) {
        this.label = new Text(sv, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
