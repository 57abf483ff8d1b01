package se.lotsen.core;

/** Protective factors (skyddsfaktorer): what holds a family up and can be strengthened. */
public enum ProtectiveFactor implements Labelled {
    SUPPORTIVE_PARTNER("Stödjande partner", "Supportive partner"),
    SOCIAL_NETWORK("Socialt nätverk", "Social network"),
    STABLE_HOUSING("Stabilt boende", "Stable housing"),
    STABLE_INCOME("Stabil inkomst", "Stable income"),
    ENGAGED_WITH_SERVICES("Besöker BVC och öppna förskolan", "Engaged with services (BVC, open preschool)"),
    GOOD_PARENT_CHILD_INTERACTION("Gott samspel mellan förälder och barn", "Good parent-child interaction"),
    PRESCHOOL_PLACE("Förskoleplats", "Preschool place"),
    PARENT_GOOD_HEALTH("Föräldern mår bra", "Parent in good health");

    private final Text label;

    ProtectiveFactor(String sv, String en) {
        this.label = new Text(sv, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
