package se.lotsen.policy.tables;

import java.util.Arrays;
import java.util.Map;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Text;

/**
 * The columns of the Scenarier sheet: the family (left) and what its pathway must show (right), found by
 * their heading in Swedish or English like the routing sheet's. A list cell separates its entries with
 * semicolons or line breaks (the Swedish labels themselves hold commas). An empty expectation is not checked.
 */
enum ScenarioColumn {
    SCENARIO("Scenario", "Scenario", true),
    DATE("Datum", "Date", false),
    AGE("Ålder (mån)", "Age (months)", true),
    NEEDS("Behov", "Needs", false),
    RISKS("Riskfaktorer", "Risk factors", false),
    PROTECTIVE("Skyddsfaktorer", "Protective factors", false),
    EPDS_TOTAL("EPDS summa", "EPDS total", false),
    EPDS_ITEM10("EPDS fråga 10", "EPDS item 10", false),
    EPDS_FORM("EPDS formulär", "EPDS form", false),
    LANGUAGE("Språk", "Language", false),
    CENTRE("Familjecentral", "Centre", false),
    MUST("Ska finnas", "Must appear", false),
    ORDER("Ordning", "Order", false),
    MUST_NOT("Får inte finnas", "Must not appear", false),
    URGENCY("Brådska", "Urgency", false),
    RISK_LEVEL("Risknivå", "Risk level", false),
    SAFEGUARDING("Skydd", "Safeguarding", false),
    RULES("Regler", "Rules", false),
    WHY("Varför", "Why", true);

    static final Words<RiskFactor> RISK_FACTORS = new Words<>(RiskFactor.class, Map.of());
    static final Words<ProtectiveFactor> PROTECTIVE_FACTORS = new Words<>(ProtectiveFactor.class, Map.of());
    /** How "Ska finnas" is meant: these steps and no others in this order, these first in this order, or anywhere (empty). */
    static final Map<String, Order> ORDERS = Map.of("bara dessa", Order.ONLY, "only these", Order.ONLY, "först", Order.FIRST,
            "first", Order.FIRST, "var som helst", Order.ANYWHERE, "anywhere", Order.ANYWHERE);
    /** Whether an expected step is a safeguarding step, and whether it has an interpreter (the words the sheet writes first). */
    static final Map<String, Boolean> SAFEGUARDING_STEP = Map.of("skyddssteg", true, "inte skyddssteg", false,
            "safeguarding", true, "not safeguarding", false);
    static final Map<String, Boolean> INTERPRETER = Map.of("med tolk", true, "utan tolk", false,
            "with interpreter", true, "without interpreter", false);
    /** How the entries of a list cell are written apart: "Sömn: Svår; Ekonomi". */
    static final String LIST_SEPARATOR = "; ";

    enum Order { ONLY, FIRST, ANYWHERE }

    final Text heading;
    final boolean required;

    ScenarioColumn(String sv, String en, boolean required) {
        this.heading = new Text(sv, en);
        this.required = required;
    }

    /** The column a heading names, or null; a note in brackets and case do not matter. */
    static ScenarioColumn of(String heading) {
        String wanted = key(heading);
        for (ScenarioColumn column : values()) {
            if (key(column.heading.sv()).equals(wanted) || key(column.heading.en()).equals(wanted)) {
                return column;
            }
        }
        return null;
    }

    private static String key(String heading) {
        int bracket = heading.indexOf('(');
        return Words.normal(bracket > 0 ? heading.substring(0, bracket) : heading);
    }

    static String headings() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.heading.sv()).toList());
    }
}
