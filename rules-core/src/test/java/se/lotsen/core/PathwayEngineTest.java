package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PathwayEngineTest {
    private static PathwayEngine engine;

    @BeforeAll
    static void build() {
        engine = PathwayEngine.builder().ruleSet(TestRuleSets.standard()).build();
    }

    private static List<String> services(Pathway p) {
        return p.steps().stream().map(s -> s.service().id()).toList();
    }

    @Test
    void safeguardingStepsComeFirstWhateverTheirUrgencyOrTier() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(80)
                .need(NeedCategory.SLEEP, Severity.SEVERE).risks(RiskFactor.DOMESTIC_VIOLENCE).build());

        assertThat(p.steps()).extracting(Step::safeguarding).containsExactly(true, true, false);
        assertThat(services(p)).containsExactly("PROTECTION", "SCHOOL_NURSE", "THERAPIST");
        assertThat(p.safeguarding().concern()).isTrue();
        assertThat(p.safeguarding().triggeredBy()).containsExactly("violence");
        assertThat(p.safeguarding().duty().sv()).isEqualTo("anmälningsplikt");
        assertThat(p.safeguarding().contacts()).extracting(Contact::id).containsExactly("LINE");
        assertThat(p.urgency()).isEqualTo(Urgency.SAME_DAY);
    }

    @Test
    void stepsAreOrderedByUrgencyThenTierThenCatalog() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10)
                .need(NeedCategory.SLEEP, Severity.SEVERE).need(NeedCategory.FEEDING).build());

        // THERAPIST and NURSE (feeding) are both WITHIN_WEEK: the universal nurse comes before the indicated therapist.
        assertThat(services(p)).containsExactly("NURSE", "THERAPIST");
        assertThat(p.steps()).extracting(Step::order).containsExactly(1, 2);
    }

    @Test
    void proposalsToOneServiceMergeIntoOneStepWithTheSoonestUrgencyAndEveryReason() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10)
                .need(NeedCategory.SLEEP, Severity.MILD).need(NeedCategory.FEEDING).build());

        assertThat(p.steps()).hasSize(1);
        Step nurse = p.steps().get(0);
        assertThat(nurse.urgency()).isEqualTo(Urgency.WITHIN_WEEK);
        assertThat(nurse.needs()).containsExactly(NeedCategory.SLEEP, NeedCategory.FEEDING);
        assertThat(nurse.reasons()).extracting(Reason::ruleId).containsExactly("feeding-nurse", "sleep-nurse");
    }

    @Test
    void aServiceOutsideTheChildsAgeIsDroppedAndItsNeedGoesToTheFallback() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.FINANCES).build());

        assertThat(services(p)).containsExactly("SOCIAL_WORKER");
        assertThat(p.unmatchedNeeds()).containsExactly(NeedCategory.FINANCES);
        assertThat(p.steps().get(0).reasons()).extracting(Reason::ruleId).containsExactly("fallback");
        assertThat(p.steps().get(0).urgency()).isEqualTo(Urgency.WITHIN_WEEK);
    }

    @Test
    void aSafeguardingStepIsKeptEvenOutsideItsServicesAges() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10)
                .risks(RiskFactor.DOMESTIC_VIOLENCE).build());

        assertThat(services(p)).containsExactly("PROTECTION", "SCHOOL_NURSE");
    }

    @Test
    void aRequestWithNothingToRouteStillGetsAStep() {
        Pathway p = engine.suggest(SuggestionRequest.builder().expecting().build());

        assertThat(services(p)).containsExactly("SOCIAL_WORKER");
        assertThat(p.unmatchedNeeds()).isEmpty();
    }

    @Test
    void highRiskRaisesTierAndUrgencyOfRoutedStepsButNotOfSafeguardingSteps() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP)
                .risks(RiskFactor.DOMESTIC_VIOLENCE, RiskFactor.YOUNG_PARENT, RiskFactor.UNEMPLOYMENT).build());

        assertThat(p.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(p.riskScore()).isEqualTo(6);
        Step nurse = p.steps().stream().filter(s -> s.service().id().equals("NURSE")).findFirst().orElseThrow();
        assertThat(nurse.tier()).isEqualTo(Tier.INDICATED);
        assertThat(nurse.urgency()).isEqualTo(Urgency.WITHIN_WEEK);
        assertThat(nurse.reasons()).extracting(Reason::ruleId).containsExactly("sleep-nurse", "high");
        Step protection = p.steps().get(0);
        assertThat(protection.urgency()).isEqualTo(Urgency.SAME_DAY);
        assertThat(protection.reasons()).extracting(Reason::ruleId).containsExactly("violence");
    }

    @Test
    void protectiveFactorsLowerTheScoreAndAreNotedWithAdvice() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP)
                .risks(RiskFactor.YOUNG_PARENT, RiskFactor.UNEMPLOYMENT)
                .protectiveFactors(ProtectiveFactor.SUPPORTIVE_PARTNER).build());

        assertThat(p.riskScore()).isEqualTo(3);
        assertThat(p.riskLevel()).isEqualTo(RiskLevel.ELEVATED);
        assertThat(p.protectiveFactors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ProtectiveFactor.SUPPORTIVE_PARTNER);
            assertThat(f.advice().sv()).isEqualTo("partner");
        });
    }

    @Test
    void anInterpreterIsMarkedWhereTheServiceDoesNotSpeakTheParentsLanguage() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP)
                .need(NeedCategory.FINANCES).risks(RiskFactor.LANGUAGE_BARRIER).language("ar").build());

        assertThat(p.steps()).extracting(s -> s.service().id() + ":" + s.interpreter())
                .containsExactly("SOCIAL_WORKER:false", "NURSE:true");
        assertThat(p.steps().get(1).reasons()).extracting(Reason::ruleId).contains("language");
        assertThat(p.steps().get(0).reasons()).extracting(Reason::ruleId).doesNotContain("language");
    }

    @Test
    void theSameRequestGivesTheSamePathwayByteForByte() throws Exception {
        SuggestionRequest request = SuggestionRequest.builder().childAgeMonths(30)
                .need(NeedCategory.FEEDING).need(NeedCategory.SLEEP, Severity.SEVERE)
                .risks(RiskFactor.DOMESTIC_VIOLENCE, RiskFactor.LANGUAGE_BARRIER).language("so").build();
        ObjectMapper json = new ObjectMapper();

        String first = json.writeValueAsString(engine.suggest(request));
        PathwayEngine rebuilt = PathwayEngine.builder().ruleSet(TestRuleSets.standard()).build();
        for (int i = 0; i < 20; i++) {
            assertThat(json.writeValueAsString(rebuilt.suggest(request))).isEqualTo(first);
        }
    }

    @Test
    void concurrentSuggestionsGiveTheSameAnswersAsSequentialOnes() throws Exception {
        List<SuggestionRequest> requests = IntStream.range(0, 40).mapToObj(i -> SuggestionRequest.builder()
                .childAgeMonths(i * 2).need(NeedCategory.SLEEP, Severity.values()[i % 3])
                .risks(i % 4 == 0 ? new RiskFactor[] {RiskFactor.DOMESTIC_VIOLENCE} : new RiskFactor[0]).build()).toList();
        List<Pathway> expected = requests.stream().map(engine::suggest).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Pathway>>> runs = IntStream.range(0, 4).mapToObj(t -> pool.submit(
                    () -> requests.stream().map(engine::suggest).toList())).toList();
            for (Future<List<Pathway>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void evaluateNamesTheRulesThatFired() {
        Evaluation e = engine.evaluate(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP).build());

        assertThat(e.firedRules()).containsExactly("risk", "sleep-nurse");
        assertThat(engine.ruleNames()).contains("risk", "sleep-nurse", "violence", "high");
    }

    @Test
    void everyPathwayNamesItsRuleSetVersion() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP).build());

        assertThat(p.ruleSetId()).isEqualTo("test");
        assertThat(p.ruleSetVersion()).isEqualTo("1");
    }

    @Test
    void anInvalidRequestIsRefusedBeforeAnyRuleRuns() {
        assertThatThrownBy(() -> engine.suggest(SuggestionRequest.builder().childAgeMonths(84).build()))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations())
                        .extracting(Violation::field).containsExactly("childAgeMonths"));
    }

    @Test
    void aRuleThatRoutesToAnUnknownServiceFailsLoudly() {
        PathwayEngine broken = PathwayEngine.builder().ruleSet(TestRuleSets.ruleSet(TestRuleSets.RISK + """
                rule "typo"
                when NeedFact( category == "SLEEP" )
                then out.route( drools.getRule().getName(), "SLEEP", "NURSEE", "ROUTINE", "UNIVERSAL", "x", "y" );
                end
                """)).build();

        assertThatThrownBy(() -> broken.suggest(SuggestionRequest.builder().childAgeMonths(3).need(NeedCategory.SLEEP).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("typo").hasMessageContaining("NURSEE");
    }
}
