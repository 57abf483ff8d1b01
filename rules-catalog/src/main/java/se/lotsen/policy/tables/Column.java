package se.lotsen.policy.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;

/**
 * The columns of a routing table, found by their heading in Swedish or English (in any order;
 * case, spaces and a note in brackets do not matter). An empty condition cell holds for every family.
 */
enum Column {
    RULE("Regel", "Rule", true),
    NEED("Behov", "Need", true),
    SEVERITY_FROM("Svårighetsgrad från", "Severity from", false),
    SEVERITY_TO("Svårighetsgrad till", "Severity to", false),
    AGE_FROM("Ålder från (mån)", "Age from (months)", false),
    AGE_TO("Ålder till (mån)", "Age to (months)", false),
    PRESCHOOL_CLASS("Förskoleklass", "Preschool class", false),
    RISK_AT_LEAST("Risknivå minst", "Risk level at least", false),
    VIOLENCE("Våld", "Violence", false),
    PRESCHOOL_PLACE("Förskoleplats", "Preschool place", false),
    LANGUAGE("Språk", "Language", false),
    CENTRE("Familjecentral", "Centre", false),
    SERVICE("Tjänst", "Service", true),
    URGENCY("Brådska", "Urgency", true),
    TIER("Nivå", "Tier", true),
    REASON_SV("Skäl (svenska)", "Reason (Swedish)", true),
    REASON_EN("Skäl (engelska)", "Reason (English)", true),
    COMMENT("Kommentar", "Comment", false);

    static final Words<NeedCategory> NEEDS = new Words<>(NeedCategory.class, Map.of(
            "mat", NeedCategory.FEEDING, "amning", NeedCategory.FEEDING, "våld", NeedCategory.SAFETY,
            "samspel", NeedCategory.INTERACTION, "förälderns mående", NeedCategory.PARENT_WELLBEING,
            "utveckling", NeedCategory.CHILD_DEVELOPMENT, "graviditet", NeedCategory.PREGNANCY,
            "förskola och skola", NeedCategory.SCHOOL_START, "ensamhet", NeedCategory.LONELINESS));
    static final Words<Severity> SEVERITIES = new Words<>(Severity.class, Map.of(
            "lindrigt", Severity.MILD, "måttligt", Severity.MODERATE, "svårt", Severity.SEVERE, "allvarlig", Severity.SEVERE));
    // The labels before turn 4 stay readable: tables written with them (the default workbook among them) keep loading.
    static final Words<Urgency> URGENCIES = new Words<>(Urgency.class, Map.ofEntries(
            Map.entry("akut", Urgency.EMERGENCY), Map.entry("idag", Urgency.SAME_DAY), Map.entry("i dag", Urgency.SAME_DAY),
            Map.entry("vecka", Urgency.WITHIN_WEEK), Map.entry("rutin", Urgency.ROUTINE), Map.entry("information", Urgency.SELF_SERVICE),
            Map.entry("självservice", Urgency.SELF_SERVICE), Map.entry("själv", Urgency.SELF_SERVICE),
            Map.entry("akut nu", Urgency.EMERGENCY), Map.entry("akut nu (112 eller psykiatrisk akutmottagning)", Urgency.EMERGENCY),
            Map.entry("emergency now (112 or psychiatric emergency)", Urgency.EMERGENCY),
            Map.entry("information att använda själv", Urgency.SELF_SERVICE),
            Map.entry("information to use on one's own", Urgency.SELF_SERVICE)));
    static final Words<Tier> TIERS = new Words<>(Tier.class, Map.of(
            "universell", Tier.UNIVERSAL, "selektiv", Tier.SELECTIVE, "indikerad", Tier.INDICATED));
    static final Words<RiskLevel> RISK_LEVELS = new Words<>(RiskLevel.class, Map.of());
    static final Map<String, Boolean> YES_NO = Map.of("ja", true, "j", true, "yes", true, "y", true, "true", true,
            "nej", false, "n", false, "no", false, "false", false);
    static final List<String> EXPECTING_WORDS = List.of("väntar barn", "väntar", "expecting", "-1");

    final Text heading;
    final boolean required;

    Column(String sv, String en, boolean required) {
        this.heading = new Text(sv, en);
        this.required = required;
    }

    /** The column a heading names, or null. */
    static Column of(String heading) {
        String wanted = key(heading);
        for (Column column : values()) {
            if (key(column.heading.sv()).equals(wanted) || key(column.heading.en()).equals(wanted)) {
                return column;
            }
        }
        return null;
    }

    /** Lowercase, single spaces, without a note in brackets: "Ålder från (mån)" and "ålder från" are one heading. */
    private static String key(String heading) {
        String withoutNote = heading.contains("(") && !heading.toLowerCase(Locale.ROOT).startsWith("skäl")
                && !heading.toLowerCase(Locale.ROOT).startsWith("reason") ? heading.substring(0, heading.indexOf('(')) : heading;
        return Words.normal(withoutNote);
    }

    static String headings() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.heading.sv()).toList());
    }
}
