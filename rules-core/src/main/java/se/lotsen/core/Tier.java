package se.lotsen.core;

/** Proportionate support: universal for all, selective for families with risks, indicated for a present problem. */
public enum Tier implements Labelled {
    UNIVERSAL("Universell (för alla)", "Universal (for everyone)"),
    SELECTIVE("Selektiv (vid risk)", "Selective (when at risk)"),
    INDICATED("Indikerad (individuellt stöd)", "Indicated (individual support)");

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
