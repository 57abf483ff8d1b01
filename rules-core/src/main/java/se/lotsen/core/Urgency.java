package se.lotsen.core;

/** How soon a step should happen, soonest first. */
public enum Urgency implements Labelled {
    // Staff's words for when, not where: the step itself says where (112, the psychiatric emergency service, the police),
    // so the label fits violence as well as self-harm. No commas: a scenario sheet separates a step's words with them.
    EMERGENCY("Akut nu", "Emergency now"),
    SAME_DAY("Samma dag", "Same day"),
    WITHIN_WEEK("Inom en vecka", "Within a week"),
    ROUTINE("Vanlig tid", "Routine"),
    SELF_SERVICE("På egen hand", "On their own");

    private final Text label;

    Urgency(String sv, String en) {
        this.label = new Text(sv, en);
    }

    @Override
    public Text label() {
        return label;
    }

    /**
     * Moves this urgency {@code steps} steps sooner, but never into {@link #EMERGENCY}:
     * an emergency is a judgement about acute danger that only a safeguarding rule makes.
     */
    public Urgency sooner(int steps) {
        if (this == EMERGENCY) {
            return this;
        }
        return values()[Math.max(SAME_DAY.ordinal(), ordinal() - steps)];
    }

    public boolean isSoonerThan(Urgency other) {
        return ordinal() < other.ordinal();
    }
}
