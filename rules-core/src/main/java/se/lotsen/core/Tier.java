package se.lotsen.core;

/**
 * Proportionate support, in the words staff use: for everyone (universal), targeted support when
 * there are risks (selective), individual support for a present problem (indicated).
 */
public enum Tier implements Labelled {
    UNIVERSAL("För alla", "For everyone"),
    SELECTIVE("Riktat stöd", "Targeted support"),
    INDICATED("Individuellt stöd", "Individual support");

    private final Text label;

    Tier(String sv, String en) {
        this.label = new Text(sv, en);
    }

    @Override
    public Text label() {
        return label;
    }

    public Tier atLeast(Tier floor) {
        return ordinal() >= floor.ordinal() ? this : floor;
    }
}
