package se.lotsen.policy.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.core.Evaluation;
import se.lotsen.core.Json;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSets;
import se.lotsen.policy.validation.RuleSetValidator;
import se.lotsen.policy.validation.ValidationReport;

/** Scenarios check one family; properties check every family, and a broken one names the smallest family that breaks it. */
class PropertiesTest {
    private static RuleSetFiles withProperty(String yaml) {
        return RuleSets.with("properties/extra.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDefaultRuleSetKeepsEveryPropertyOverTheGridAndAHundredThousandRandomFamilies() {
        RuleSetValidator.Result result = RuleSetValidator.validate(RuleSets.DEFAULT,
                RuleSets.QUICK.withRandomFamilies(RuleSetValidator.RANDOM_FAMILIES));
        ValidationReport report = result.report();

        assertThat(report.valid()).as(report.toText()).isTrue();
        assertThat(report.explored()).isGreaterThanOrEqualTo(100_000 + 60_000);
        assertThat(report.properties()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(p -> {
                    assertThat(p.holds()).as(p.id()).isTrue();
                    assertThat(p.checked()).as(p.id()).isPositive();
                    assertThat(p.why()).isNotBlank();
                });
    }

    @Test
    void aFalsePropertyFailsWithTheSmallestFamilyThatBreaksItAndTheEngineReproducesIt() throws Exception {
        ValidationReport report = RuleSetValidator.validate(withProperty("""
                - id: sleep-never-at-the-open-preschool
                  why: "A property that does not hold, to see validation catch it."
                  when: { needs: [SLEEP] }
                  then: { excludes: [OPEN_PRESCHOOL] }
                """), RuleSets.QUICK).report();

        assertThat(report.valid()).isFalse();
        PropertyResult broken = report.properties().stream().filter(p -> p.id().equals("sleep-never-at-the-open-preschool"))
                .findFirst().orElseThrow();
        assertThat(broken.holds()).isFalse();
        assertThat(broken.file()).isEqualTo("properties/extra.yaml");
        assertThat(broken.line()).isEqualTo(1);
        assertThat(broken.counterexample().reason()).isEqualTo("a step goes to OPEN_PRESCHOOL");
        // shrunk: one need, nothing else that is not needed
        SuggestionRequest request = Json.strict(new ObjectMapper()).treeToValue(broken.counterexample().request(), SuggestionRequest.class);
        assertThat(request.needs()).hasSize(1);
        assertThat(request.riskFactors()).isEmpty();
        assertThat(request.protectiveFactors()).isEmpty();
        assertThat(request.screenings()).isNull();
        // reproduced by the engine on the day it names
        var engine = RuleSetValidator.validate(RuleSets.DEFAULT, RuleSets.QUICK).engine();
        Evaluation again = engine.evaluate(request, broken.counterexample().date());
        assertThat(again.pathway().steps()).extracting(s -> s.service().id()).contains("OPEN_PRESCHOOL");
    }

    @Test
    void aCounterexampleThatCannotExistSaysSoAndGivesTheNearestFamilyThatCanAndAlsoBreaksIt() throws Exception {
        ValidationReport report = RuleSetValidator.validate(withProperty("""
                - id: preschool-place-means-concern
                  why: "A property that does not hold for any family with a preschool place."
                  when: { protectiveFactors: [PRESCHOOL_PLACE] }
                  then: { concern: true }
                - id: preschool-place-under-one-means-concern
                  why: "The same, only for families that cannot exist."
                  when: { protectiveFactors: [PRESCHOOL_PLACE], ageMonths: { from: 0, to: 11 } }
                  then: { concern: true }
                """), RuleSets.QUICK).report();

        assertThat(report.errors()).extracting(p -> p.path()).doesNotContain("properties/extra.yaml");
        PropertyResult.Counterexample any = counterexample(report, "preschool-place-means-concern");
        PropertyResult.Counterexample young = counterexample(report, "preschool-place-under-one-means-concern");

        assertThat(any.implausible()).containsExactly("preschool-place-under-12-months");
        assertThat(any.implausibleSays()).singleElement().satisfies(t -> assertThat(t.sv()).contains("förskoleplats"));
        SuggestionRequest nearest = Json.strict(new ObjectMapper()).treeToValue(any.nearestPlausible().request(), SuggestionRequest.class);
        assertThat(Plausibility.broken(nearest)).isEmpty();
        assertThat(nearest.protectiveFactors()).contains(ProtectiveFactor.PRESCHOOL_PLACE);
        assertThat(nearest.childAgeMonths()).isEqualTo(12);
        assertThat(any.nearestPlausible().reason()).isNotBlank();
        // properties still check families that cannot exist: this one holds for none of them and is reported all the same
        assertThat(young.implausible()).containsExactly("preschool-place-under-12-months");
        assertThat(young.nearestPlausible()).isNull();
    }

    private static PropertyResult.Counterexample counterexample(ValidationReport report, String id) {
        return report.properties().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().counterexample();
    }

    @Test
    void aPropertyWhoseWhenMatchesNoFamilyIsAnError() {
        ValidationReport report = RuleSetValidator.validate(withProperty("""
                - id: nobody
                  why: "Expecting and aged at the same time: no such family."
                  when: { expecting: true, ageMonths: { from: 10, to: 20 } }
                  then: { concern: true }
                """), RuleSets.QUICK).report();

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("properties/extra.yaml");
            assertThat(p.message()).contains("nobody").contains("applies to none");
        });
    }

    @Test
    void shrinkingTakesThingsAwayOneAtATime() {
        SuggestionRequest big = SuggestionRequest.builder().childAgeMonths(10)
                .need(se.lotsen.core.NeedCategory.SLEEP).risks(se.lotsen.core.RiskFactor.YOUNG_PARENT).language("ar").build();

        List<SuggestionRequest> simpler = PropertyChecker.simpler(big);

        assertThat(simpler).hasSize(3);
        assertThat(simpler).allSatisfy(r -> assertThat(r.needs().size() + r.riskFactors().size() + (r.language() == null ? 0 : 1))
                .isEqualTo(2));
    }
}
