package se.lotsen.core;

/** What a parent expresses (behov). */
public enum NeedCategory implements Labelled {
    SLEEP("Sömn", "Sleep"),
    FEEDING("Mat, amning, sluta amma", "Feeding, breastfeeding, weaning"),
    FINANCES("Ekonomi", "Finances"),
    SCHOOL_START("Förskola och skolstart", "Preschool and school start"),
    RELATIONSHIP("Parrelationen", "Couple relationship"),
    LIMIT_SETTING("Gränssättning", "Setting limits"),
    INTERACTION("Samspel och anknytning, otrygghet hos barnet", "Interaction and attachment, an insecure child"),
    PEER_RELATIONS("Kamratrelationer", "Peer relations"),
    PARENT_WELLBEING("Förälderns mående, nedstämdhet", "Parent's wellbeing, low mood"),
    LONELINESS("Ensamhet, litet nätverk", "Loneliness, small network"),
    CHILD_DEVELOPMENT("Barnets utveckling, språk", "Child's development, language"),
    HOUSING("Boende", "Housing"),
    SAFETY("Våld eller hot i nära relation", "Violence or threats in a close relationship"),
    SUBSTANCE("Alkohol, droger", "Alcohol, drugs"),
    PREGNANCY("Graviditet, förlossning", "Pregnancy, childbirth");

    private final Text label;

    NeedCategory(String sv, String en) {
        this.label = new Text(sv, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
