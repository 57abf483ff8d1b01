package se.lotsen.core;

/** Risk factors (riskfaktorer), self-reported or observed by staff; never a diagnosis. */
public enum RiskFactor implements Labelled {
    PARENTAL_DEPRESSION("Nedstämdhet eller depression hos förälder", "Parental low mood or depression"),
    DOMESTIC_VIOLENCE("Våld i nära relation", "Domestic violence"),
    SUBSTANCE_MISUSE("Missbruk av alkohol eller droger", "Alcohol or drug misuse"),
    FINANCIAL_HARDSHIP("Ekonomiska svårigheter", "Financial hardship"),
    UNEMPLOYMENT("Arbetslöshet", "Unemployment"),
    HOUSING_INSTABILITY("Osäkert boende", "Housing instability"),
    SOCIAL_ISOLATION("Social isolering", "Social isolation"),
    YOUNG_PARENT("Ung förälder (under 20 år)", "Young parent (under 20)"),
    PARENTAL_CONFLICT("Konflikter mellan föräldrarna", "Conflict between the parents"),
    NEWLY_ARRIVED("Nyanländ i Sverige", "Newly arrived in Sweden"),
    LANGUAGE_BARRIER("Språkhinder", "Language barrier"),
    CHILD_DEVELOPMENTAL_CONCERN("Oro för barnets utveckling", "Concern about the child's development"),
    PREMATURE_OR_ILL_CHILD("För tidigt fött eller sjukt barn", "Premature or ill child"),
    PARENT_ADVERSE_CHILDHOOD("Förälder med svår egen uppväxt", "Parent with adverse childhood experiences"),
    STAFF_CONCERN_CHILD_SAFETY("Personalen oroar sig för att barnet far illa", "Staff worry that the child is harmed or at risk");

    private final Text label;

    RiskFactor(String sv, String en) {
        this.label = new Text(sv, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
