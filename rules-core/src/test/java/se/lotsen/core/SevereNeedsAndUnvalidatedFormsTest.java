package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.core.ruleset.EpdsForm;
import se.lotsen.core.ruleset.EpdsPolicy;
import se.lotsen.core.ruleset.FamilySignal;
import se.lotsen.core.ruleset.RiskFloor;
import se.lotsen.core.ruleset.RiskPolicy;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetManifest;
import se.lotsen.core.ruleset.Weight;
import se.lotsen.core.vocabulary.EpdsFact;

/** Severe needs add weight and hold floors; a form without a validated cut-off is read conservatively. */
class SevereNeedsAndUnvalidatedFormsTest {
    private static final Text WHY = new Text("golv", "floor");

    private static PathwayEngine engineWith(RiskPolicy risk, EpdsPolicy epds) {
        RuleSet base = TestRuleSets.standard();
        RuleSetManifest m = base.manifest();
        RuleSetManifest changed = new RuleSetManifest(m.id(), m.version(), m.effectiveDate(), m.description(),
                epds == null ? m.epds() : epds, risk == null ? m.risk() : risk, m.safeguarding(), m.protectiveAdvice(),
                m.schoolStart(), m.fallback(), m.parentTexts());
        return TestRuleSets.engine(new RuleSet(changed, base.catalog(), base.ruleFiles(), base.tables()));
    }

    private static RiskPolicy riskWith(Weight severe, List<RiskFloor> floors) {
        RiskPolicy r = TestRuleSets.standard().manifest().risk();
        return new RiskPolicy(r.weights(), r.protectiveWeights(), r.elevatedFrom(), r.highFrom(), floors, r.epdsPositiveCountsAs(),
                severe);
    }

    @Test
    void eachSevereNeedAddsTheSevereNeedWeight() {
        PathwayEngine engine = engineWith(riskWith(new Weight(2, "svårt behov"), List.of()), null);

        Pathway two = engine.suggest(SuggestionRequest.builder().childAgeMonths(30)
                .need(NeedCategory.FINANCES, Severity.SEVERE).need(NeedCategory.HOUSING, Severity.SEVERE).need(NeedCategory.SLEEP).build());

        assertThat(two.riskScore()).isEqualTo(4);
        assertThat(two.riskLevel()).isEqualTo(RiskLevel.ELEVATED);
    }

    @Test
    void aFloorOnTheNumberOfSevereNeedsHoldsWhateverProtects() {
        PathwayEngine engine = engineWith(riskWith(null, List.of(new RiskFloor("two-severe", List.of(), 2, RiskLevel.ELEVATED, WHY),
                new RiskFloor("violence-severe", List.of(FamilySignal.VIOLENCE, FamilySignal.SEVERE_NEED), RiskLevel.HIGH, WHY))), null);

        Pathway one = engine.suggest(SuggestionRequest.builder().childAgeMonths(30).need(NeedCategory.FINANCES, Severity.SEVERE)
                .protectiveFactors(ProtectiveFactor.values()).build());
        Pathway two = engine.suggest(SuggestionRequest.builder().childAgeMonths(30).need(NeedCategory.FINANCES, Severity.SEVERE)
                .need(NeedCategory.HOUSING, Severity.SEVERE).protectiveFactors(ProtectiveFactor.values()).build());
        Pathway violence = engine.suggest(SuggestionRequest.builder().childAgeMonths(30).need(NeedCategory.SLEEP, Severity.SEVERE)
                .risks(RiskFactor.DOMESTIC_VIOLENCE).protectiveFactors(ProtectiveFactor.values()).build());

        assertThat(one.riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(two.riskLevel()).isEqualTo(RiskLevel.ELEVATED);
        assertThat(two.notes()).extracting(Reason::ruleId).contains("two-severe");
        assertThat(violence.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(violence.notes()).extracting(Reason::ruleId).contains("violence-severe").doesNotContain("two-severe");
    }

    @Test
    void aFloorWithoutAnyConditionHoldsForNoFamily() {
        assertThat(new RiskFloor("empty", List.of(), null, RiskLevel.HIGH, WHY).hasCondition()).isFalse();
        assertThat(new RiskFloor("zero", List.of(), 0, RiskLevel.HIGH, WHY).hasCondition()).isFalse();
    }

    private static EpdsPolicy forms(Integer unvalidatedPositiveFrom) {
        return new EpdsPolicy(List.of(new EpdsForm("sv", List.of(), WHY, "11/12"), new EpdsForm("ar", List.of(), WHY, "9/10"),
                new EpdsForm("fa-AF", List.of(), WHY, null)), "sv", 0, 6, null, TestRuleSets.DAY, unvalidatedPositiveFrom);
    }

    private static EpdsFact read(PathwayEngine engine, String form, int total) {
        return engine.evaluate(SuggestionRequest.builder().childAgeMonths(3).epds(Epds.ofTotal(form, total, 0)).build(),
                TestRuleSets.DAY).epds();
    }

    @Test
    void anUnlistedOrUnvalidatedFormIsPositiveFromTheLowestValidatedCutOffWhenThePolicyNamesNone() {
        PathwayEngine engine = engineWith(null, forms(null));

        assertThat(read(engine, "ti", 9).positive()).isFalse();
        assertThat(read(engine, "ti", 10).positive()).isTrue();
        assertThat(read(engine, "ti", 10).listedForm()).isFalse();
        assertThat(read(engine, "fa-AF", 10).positive()).isTrue();
        assertThat(read(engine, "fa-AF", 10).validatedForm()).isFalse();
        // A validated form keeps its own cut-off: 10 and 11 on the Swedish form are below 11/12.
        assertThat(read(engine, "sv", 11).positive()).isFalse();
    }

    @Test
    void thePolicysNumberWinsAndTheFallbackFormStillMarksHowStrongTheSupportGets() {
        PathwayEngine engine = engineWith(null, forms(8));

        EpdsFact eight = read(engine, "ti", 8);
        assertThat(eight.positive()).isTrue();
        assertThat(eight.cutoff()).isEqualTo(8);
        assertThat(eight.moderateToSevere()).isFalse();
        assertThat(read(engine, "ti", 12).moderateToSevere()).isTrue();
        assertThat(read(engine, "ti", 17).wellAbove()).isFalse();
        assertThat(read(engine, "ti", 18).wellAbove()).isTrue();
    }
}
