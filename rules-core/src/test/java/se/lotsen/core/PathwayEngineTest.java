package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.core.ruleset.RuleSetException;

class PathwayEngineTest {
    private static PathwayEngine engine;

    @BeforeAll
    static void build() {
        engine = TestRuleSets.engine(TestRuleSets.standard());
    }

    private static List<String> services(Pathway p) {
        return p.steps().stream().map(s -> s.service().id()).toList();
    }

    private static Step step(Pathway p, String service) {
        return p.steps().stream().filter(s -> s.service().id().equals(service)).findFirst().orElseThrow();
    }

    @Test
    void safeguardingStepsComeFirstAtTheSameDayOrSoonerWhateverTheRuleWrote() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(80)
                .need(NeedCategory.SLEEP, Severity.SEVERE).risks(RiskFactor.DOMESTIC_VIOLENCE).build());

        assertThat(p.steps()).extracting(Step::safeguarding).containsExactly(true, true, false);
        assertThat(services(p)).containsExactly("PROTECTION", "SCHOOL_NURSE", "THERAPIST");
        // the rule wrote WITHIN_WEEK for the school nurse's safeguarding step; safety comes the same day
        assertThat(step(p, "SCHOOL_NURSE").urgency()).isEqualTo(Urgency.SAME_DAY);
        assertThat(p.safeguarding().concern()).isTrue();
        assertThat(p.safeguarding().triggeredBy()).containsExactly("violence");
        assertThat(p.safeguarding().duty().sv()).isEqualTo("anmälningsplikt");
        assertThat(p.safeguarding().legalReference()).isEqualTo("Lagen 1 §");
        assertThat(p.safeguarding().contacts()).extracting(Contact::id).containsExactly("LINE");
        assertThat(p.urgency()).isEqualTo(Urgency.SAME_DAY);
    }

    @Test
    void anExpectingFamilyIsToldWhatToDoInsteadOfTheDutyForBornChildren() {
        Pathway p = engine.suggest(SuggestionRequest.builder().expecting().risks(RiskFactor.DOMESTIC_VIOLENCE).build());

        assertThat(p.safeguarding().duty().sv()).isEqualTo("väntar barn");
    }

    @Test
    void aFloorKeepsTheRiskLevelUpWhateverProtectiveFactorsSubtract() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(20).risks(RiskFactor.DOMESTIC_VIOLENCE)
                .protectiveFactors(ProtectiveFactor.values()).build());

        assertThat(p.riskScore()).isEqualTo(2 - ProtectiveFactor.values().length);
        assertThat(p.riskLevel()).isEqualTo(RiskLevel.ELEVATED);
        assertThat(p.notes()).extracting(Reason::ruleId).contains("floor-violence");
    }

    @Test
    void theNeedViolenceAndTheRiskFactorViolenceGiveTheSameFloorAndSteps() {
        Pathway asNeed = engine.suggest(SuggestionRequest.builder().childAgeMonths(20).need(NeedCategory.SAFETY).build());
        Pathway asRisk = engine.suggest(SuggestionRequest.builder().childAgeMonths(20).risks(RiskFactor.DOMESTIC_VIOLENCE).build());

        assertThat(asNeed.riskLevel()).isEqualTo(asRisk.riskLevel()).isEqualTo(RiskLevel.ELEVATED);
        assertThat(services(asNeed)).isEqualTo(services(asRisk));
        assertThat(asNeed.safeguarding().concern()).isTrue();
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
    void aServiceForAnotherSchoolStageIsDroppedAndItsNeedGoesToTheFallback() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.FINANCES).build());

        assertThat(services(p)).containsExactly("SOCIAL_WORKER");
        assertThat(p.unmatchedNeeds()).containsExactly(NeedCategory.FINANCES);
        assertThat(p.steps().get(0).reasons()).extracting(Reason::ruleId).containsExactly("fallback");
        assertThat(p.steps().get(0).tier()).isEqualTo(Tier.UNIVERSAL);
    }

    @Test
    void whetherTheChildHasStartedPreschoolClassDependsOnTheDateNotOnlyTheAge() {
        SuggestionRequest seventyMonths = SuggestionRequest.builder().childAgeMonths(70).need(NeedCategory.SLEEP).build();

        // Born in summer 2020: in June 2026 the child is still at BVC; in September it has started förskoleklass.
        assertThat(services(engine.evaluate(seventyMonths, LocalDate.of(2026, 6, 10)).pathway())).containsExactly("NURSE");
        assertThat(services(engine.evaluate(seventyMonths, LocalDate.of(2026, 9, 15)).pathway())).containsExactly("SOCIAL_WORKER");
    }

    @Test
    void nearTheStartOfPreschoolClassThePathwaySaysTheEstimateCouldGoEitherWay() {
        Pathway p = engine.evaluate(SuggestionRequest.builder().childAgeMonths(77).need(NeedCategory.SLEEP).build(),
                LocalDate.of(2026, 6, 10)).pathway();

        assertThat(p.notes()).extracting(Reason::ruleId).contains("preschool-class-estimate");
    }

    @Test
    void aRequestWithNothingToRouteStillGetsAStep() {
        Pathway p = engine.suggest(SuggestionRequest.builder().expecting().build());

        assertThat(services(p)).containsExactly("SOCIAL_WORKER");
        assertThat(p.unmatchedNeeds()).isEmpty();
    }

    @Test
    void highRiskMovesContactsSoonerAndRaisesTiersButNeverMakesAProgrammeSameDayNorTouchesInformation() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP)
                .need(NeedCategory.LONELINESS).need(NeedCategory.HOUSING)
                .risks(RiskFactor.YOUNG_PARENT, RiskFactor.UNEMPLOYMENT, RiskFactor.SOCIAL_ISOLATION).build());

        assertThat(p.riskLevel()).isEqualTo(RiskLevel.HIGH);
        Step nurse = step(p, "NURSE");
        assertThat(nurse.tier()).isEqualTo(Tier.INDICATED);
        assertThat(nurse.urgency()).isEqualTo(Urgency.WITHIN_WEEK);
        assertThat(nurse.reasons()).extracting(Reason::ruleId).containsExactly("sleep-nurse", "high");
        Step group = step(p, "GROUP");
        assertThat(group.urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(group.tier()).isEqualTo(Tier.INDICATED);
        Step followUp = step(p, "SOCIAL_WORKER");
        assertThat(followUp.urgency()).as("a rule does not escalate the step it adds itself").isEqualTo(Urgency.WITHIN_WEEK);
        Step info = step(p, "INFO");
        assertThat(info.urgency()).isEqualTo(Urgency.SELF_SERVICE);
        assertThat(info.tier()).isEqualTo(Tier.UNIVERSAL);
    }

    @Test
    void protectiveFactorsAreNotedWithAdviceButAdviceInvolvingThePartnerIsWithheldWhenThereIsViolence() {
        SuggestionRequest.Builder family = SuggestionRequest.builder().childAgeMonths(10)
                .protectiveFactors(ProtectiveFactor.SUPPORTIVE_PARTNER, ProtectiveFactor.SOCIAL_NETWORK);

        Pathway calm = engine.suggest(family.build());
        Pathway violent = engine.suggest(family.risks(RiskFactor.DOMESTIC_VIOLENCE).build());

        assertThat(calm.protectiveFactors()).extracting(f -> f.advice() == null ? null : f.advice().sv())
                .containsExactly("partner", "nätverk");
        assertThat(violent.protectiveFactors()).extracting(f -> f.advice() == null ? null : f.advice().sv())
                .containsExactly(null, "nätverk");
    }

    @Test
    void anInterpreterIsMarkedWhereTheServiceDoesNotSpeakTheParentsLanguage() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP)
                .need(NeedCategory.PARENT_WELLBEING).risks(RiskFactor.LANGUAGE_BARRIER).language("ar").build());

        assertThat(p.steps()).extracting(s -> s.service().id() + ":" + s.interpreter())
                .containsExactly("SOCIAL_WORKER:false", "NURSE:true");
        assertThat(step(p, "NURSE").reasons()).extracting(Reason::ruleId).contains("language");
        assertThat(step(p, "SOCIAL_WORKER").reasons()).extracting(Reason::ruleId).doesNotContain("language");
    }

    @Test
    void tableRowsCanTestTheParentsLanguage() {
        Pathway arabic = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.HOUSING)
                .language("ar").build());
        Pathway swedish = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.HOUSING)
                .language("sv").build());

        assertThat(services(arabic)).containsExactly("SOCIAL_WORKER", "INFO");
        assertThat(services(swedish)).containsExactly("INFO");
    }

    @Test
    void aServiceOfferedAtSomeCentresSaysWhereItIs() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP, Severity.SEVERE)
                .centre("NORTH").build());

        assertThat(step(p, "NURSE").where().sv()).isEqualTo("Här på Norr");
        assertThat(step(p, "THERAPIST").where().sv()).isEqualTo("Finns inte här; finns på Söder");
        assertThat(engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP).build())
                .steps().get(0).where()).isNull();
    }

    @Test
    void thePathwaySaysWhichDayItWasWorkedOutFor() {
        assertThat(engine.suggest(SuggestionRequest.builder().childAgeMonths(10).build()).asOf()).isEqualTo(TestRuleSets.DAY);
    }

    @Test
    void theSameRequestGivesTheSamePathwayByteForByte() throws Exception {
        SuggestionRequest request = SuggestionRequest.builder().childAgeMonths(30)
                .need(NeedCategory.FEEDING).need(NeedCategory.SLEEP, Severity.SEVERE)
                .risks(RiskFactor.DOMESTIC_VIOLENCE, RiskFactor.LANGUAGE_BARRIER).language("so").build();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

        String first = json.writeValueAsString(engine.suggest(request));
        PathwayEngine rebuilt = TestRuleSets.engine(TestRuleSets.standard());
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
    void evaluateNamesTheRulesAndTableRowsThatProducedSomething() {
        Evaluation e = engine.evaluate(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP, Severity.SEVERE)
                .build(), TestRuleSets.DAY);

        assertThat(e.firedRules()).containsExactly("sleep-nurse", "sleep-severe-therapist");
        assertThat(engine.ruleNames()).contains("sleep-nurse", "sleep-severe-therapist", "violence", "high", "housing-arabic");
    }

    @Test
    void aPositiveEpdsCountsAsParentalDepressionWhenThatWasNotTicked() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(2).epds(Epds.ofTotal("sv", 13, 0)).build());

        assertThat(p.riskScore()).isEqualTo(2);
        assertThat(p.notes()).extracting(Reason::ruleId).contains("risk-epds-counts-as-parental-depression");
    }

    @Test
    void everyPathwayNamesItsRuleSetVersion() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(10).need(NeedCategory.SLEEP).build());

        assertThat(p.ruleSetId()).isEqualTo("test");
        assertThat(p.ruleSetVersion()).isEqualTo("1");
    }

    @Test
    void anInvalidRequestNamesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> engine.suggest(SuggestionRequest.builder().childAgeMonths(84).build()))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations())
                        .extracting(Violation::field).containsExactly("childAgeMonths"));
    }

    @Test
    void aRuleThatRoutesToAServiceTheCatalogDoesNotHaveIsRefusedWithItsFileAndLine() {
        assertThatThrownBy(() -> TestRuleSets.engine(TestRuleSets.ruleSet("""
                rule "typo"
                when NeedFact( category == NeedCategory.SLEEP )
                then out.route( drools.getRule().getName(), NeedCategory.SLEEP, "NURSEE", Urgency.ROUTINE, Tier.UNIVERSAL, "x", "y" );
                end
                """)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo("rules/test0.drl");
                    assertThat(problem.line()).isEqualTo(12);
                    assertThat(problem.message()).contains("NURSEE").contains("catalog");
                }));
    }
}
