package se.lotsen.core.vocabulary;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.internal.EngineAccess;

/**
 * The family as rules see it; one per evaluation. Built by the engine from a valid request, the
 * rule set's weights and today's date; rules only read it.
 */
public final class Family {
    /** The age in months rules see when the family is expecting a child. */
    public static final int EXPECTING = -1;

    /** The age in weeks rules see when the request did not tell it (an older child, or months only, or expecting). */
    public static final int NO_WEEKS = -1;

    private final int ageMonths;
    private final int ageWeeks;
    private final boolean inPreschoolClass;
    private final boolean nearPreschoolClassStart;
    private final Set<RiskFactor> risks;
    private final Set<ProtectiveFactor> protections;
    private final Map<NeedCategory, Severity> needs;
    private final boolean selfHarmThoughts;
    private final boolean epdsPositive;
    private final String language;
    private final String centre;
    private final RiskLevel riskLevel;
    private final int riskScore;

    /**
     * @param ageMonths               the child's age in months, or {@link #EXPECTING}
     * @param ageWeeks                the child's age in whole weeks when the request told it (under three months),
     *                                else {@link #NO_WEEKS}
     * @param inPreschoolClass        the child has (most likely) started förskoleklass
     * @param nearPreschoolClassStart the estimate above could go either way
     * @param selfHarmThoughts        EPDS item 10 is above 0
     * @param epdsPositive            an EPDS at or above its form's cut-off
     * @param language                the parent's language (ISO 639-1), "" when not given
     * @param centre                  the family centre's id, "" when not given
     */
    private Family(int ageMonths, int ageWeeks, boolean inPreschoolClass, boolean nearPreschoolClassStart,
                  Set<RiskFactor> risks, Set<ProtectiveFactor> protections, Map<NeedCategory, Severity> needs,
                  boolean selfHarmThoughts, boolean epdsPositive, String language, String centre,
                  RiskLevel riskLevel, int riskScore) {
        this.ageMonths = ageMonths;
        this.ageWeeks = ageWeeks;
        this.inPreschoolClass = inPreschoolClass;
        this.nearPreschoolClassStart = nearPreschoolClassStart;
        this.risks = Collections.unmodifiableSet(risks.isEmpty() ? EnumSet.noneOf(RiskFactor.class) : EnumSet.copyOf(risks));
        this.protections = Collections.unmodifiableSet(protections.isEmpty()
                ? EnumSet.noneOf(ProtectiveFactor.class) : EnumSet.copyOf(protections));
        this.needs = Collections.unmodifiableMap(needs.isEmpty() ? new EnumMap<>(NeedCategory.class) : new EnumMap<>(needs));
        this.selfHarmThoughts = selfHarmThoughts;
        this.epdsPositive = epdsPositive;
        this.language = language == null ? "" : language;
        this.centre = centre == null ? "" : centre;
        this.riskLevel = riskLevel;
        this.riskScore = riskScore;
    }

    static {
        // Only the engine builds a family and weighs its risk; rules and embedding code only read one.
        EngineAccess.install(new EngineAccess.Families() {
            @Override
            public Family create(int ageMonths, int ageWeeks, boolean inPreschoolClass, boolean nearPreschoolClassStart,
                                 Set<RiskFactor> risks, Set<ProtectiveFactor> protections, Map<NeedCategory, Severity> needs,
                                 boolean selfHarmThoughts, boolean epdsPositive, String language, String centre) {
                return new Family(ageMonths, ageWeeks, inPreschoolClass, nearPreschoolClassStart, risks, protections, needs,
                        selfHarmThoughts, epdsPositive, language, centre, null, 0);
            }

            @Override
            public Family withRisk(Family f, RiskLevel level, int score) {
                return new Family(f.ageMonths, f.ageWeeks, f.inPreschoolClass, f.nearPreschoolClassStart, f.risks, f.protections, f.needs,
                        f.selfHarmThoughts, f.epdsPositive, f.language, f.centre, level, score);
            }
        });
    }

    /** The child's age in months; {@value #EXPECTING} when the family is expecting. */
    public int ageMonths() {
        return ageMonths;
    }

    /**
     * The child's age in whole weeks when the request told it (only under three months), else {@value #NO_WEEKS}:
     * a rule about the first weeks asks {@code ageWeeks >= 0, ageWeeks < 4}, so a family that gave months only is
     * never taken for a newborn.
     */
    public int ageWeeks() {
        return ageWeeks;
    }

    public boolean expecting() {
        return ageMonths == EXPECTING;
    }

    /** Expecting, or a child under one year: the age when substance misuse is a safeguarding matter. */
    public boolean infant() {
        return ageMonths < 12;
    }

    /** The child has started förskoleklass, so school health (elevhälsan) follows it instead of BVC. */
    public boolean inPreschoolClass() {
        return inPreschoolClass;
    }

    /** The child is so close to the start of förskoleklass that the estimate could go either way. */
    public boolean nearPreschoolClassStart() {
        return nearPreschoolClassStart;
    }

    /** The risk level after weights and floors (rule data in ruleset.yaml). */
    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public int riskScore() {
        return riskScore;
    }

    public boolean hasRisk(RiskFactor factor) {
        return risks.contains(factor);
    }

    public boolean hasProtection(ProtectiveFactor factor) {
        return protections.contains(factor);
    }

    public boolean hasNeed(NeedCategory category) {
        return needs.containsKey(category);
    }

    /** The need is there at {@code severity} or worse. */
    public boolean hasNeedAtLeast(NeedCategory category, Severity severity) {
        Severity given = needs.get(category);
        return given != null && given.compareTo(severity) >= 0;
    }

    /** Violence in the sense staff mean it: the risk factor ticked or the need "violence or threats". */
    public boolean violence() {
        return risks.contains(RiskFactor.DOMESTIC_VIOLENCE) || needs.containsKey(NeedCategory.SAFETY);
    }

    /** Alcohol or drugs: the risk factor ticked or the need named. */
    public boolean substanceMisuse() {
        return risks.contains(RiskFactor.SUBSTANCE_MISUSE) || needs.containsKey(NeedCategory.SUBSTANCE);
    }

    /** Staff worry that a child is harmed or at risk. */
    public boolean staffConcern() {
        return risks.contains(RiskFactor.STAFF_CONCERN_CHILD_SAFETY);
    }

    /** EPDS item 10 (thoughts of self-harm) above 0. */
    public boolean selfHarmThoughts() {
        return selfHarmThoughts;
    }

    /** An EPDS at or above its form's cut-off. */
    public boolean epdsPositive() {
        return epdsPositive;
    }

    /** Any need at severity SEVERE. */
    public boolean severeNeed() {
        return needs.containsValue(Severity.SEVERE);
    }

    /** The parent's language (ISO 639-1), or "" when not given. */
    public String language() {
        return language;
    }

    /** The family centre's id, or "" when not given. */
    public String centre() {
        return centre;
    }

    /** The risk factors, for the engine; rules ask {@link #hasRisk}. */
    public Set<RiskFactor> risks() {
        return risks;
    }

    /** The protective factors, for the engine; rules ask {@link #hasProtection}. */
    public Set<ProtectiveFactor> protections() {
        return protections;
    }

    /** The needs and their severity, for the engine; rules match {@link NeedFact}. */
    public Map<NeedCategory, Severity> needs() {
        return needs;
    }

    @Override
    public String toString() {
        return "Family[age=" + ageMonths + (ageWeeks >= 0 ? " (" + ageWeeks + " weeks)" : "")
                + ", risk=" + riskLevel + ", needs=" + needs + ", risks=" + risks + "]";
    }
}
