package se.lotsen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.lotsen.core.Contact;
import se.lotsen.core.Epds;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.SafeguardingLead;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.scenarios.ScenarioResult;
import se.lotsen.policy.scenarios.ScenarioRunner;

/** Every scenario of the default rule set passes, and together they cover every rule and every need. */
class DefaultRuleSetTest {
    private static PathwayEngine engine;
    private static List<Scenario> scenarios;
    private static List<ScenarioResult> results;

    @BeforeAll
    static void load() {
        RuleSetLoader.Loaded loaded = RuleSetLoader.load(RuleSets.DEFAULT, BaseResolver.bundled(), RuleSets.DAY);
        engine = PathwayEngine.builder().ruleSet(loaded.ruleSet()).build();
        scenarios = loaded.scenarios();
        results = new ScenarioRunner(engine, RuleSets.DAY).runAll(scenarios);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        return results.stream().map(r -> DynamicTest.dynamicTest(r.scenario().file() + " " + r.scenario().name(),
                () -> assertThat(r.failures()).as(r.scenario().name()).isEmpty()));
    }

    @Test
    void everyRuleHasAScenarioThatFiresIt() {
        Set<String> fired = new TreeSet<>();
        results.forEach(r -> fired.addAll(r.firedRules()));
        assertThat(fired).containsAll(engine.ruleNames());
    }

    @Test
    void everySafeguardingRuleBelongsToATriggerThatSaysWhatItIs() {
        Set<String> covered = new TreeSet<>();
        engine.ruleSet().manifest().safeguarding().triggers().forEach(t -> covered.addAll(t.rules()));
        Set<String> concerns = new TreeSet<>();
        scenarios.forEach(s -> concerns.addAll(engine.evaluate(s.request(), s.date() == null ? RuleSets.DAY : s.date())
                .pathway().safeguarding().triggeredBy()));

        assertThat(concerns).isNotEmpty();
        assertThat(covered).containsAll(concerns);
    }

    @Test
    void selfHarmThoughtsLeadWithTheSuicideRiskAndTheParentsLines() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(2).epds(Epds.ofTotal("sv", 5, 1)).build());

        assertThat(p.safeguarding().leads()).extracting(SafeguardingLead::trigger).containsExactly("SELF_HARM");
        assertThat(p.safeguarding().lead().sv()).contains("självmord", "bedöm suicidrisk i dag", "anmälningsplikten");
        assertThat(p.safeguarding().lead().sv().indexOf("suicidrisk")).isLessThan(p.safeguarding().lead().sv().indexOf("barnet"));
        assertThat(p.safeguarding().contacts()).extracting(Contact::phone).contains("90101", "1177", "112");
        assertThat(p.safeguarding().contacts()).filteredOn(c -> "90101".equals(c.phone())).singleElement()
                .satisfies(c -> assertThat(c.web()).startsWith("https://"));
        assertThat(p.safeguarding().contacts()).allSatisfy(c -> assertThat(c.phone() == null || c.checked() != null).isTrue());
        assertThat(p.safeguarding().forParent().services()).containsExactly("PRIMARY_CARE_MENTAL_HEALTH");
        assertThat(p.safeguarding().forParent().contacts()).extracting(Contact::phone).containsExactly("112", "1177", "90101");
    }

    @Test
    void violenceLeadsWithTheChildAndGivesTheParentsPageNothing() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(14).risks(RiskFactor.DOMESTIC_VIOLENCE).build());

        assertThat(p.safeguarding().lead().sv()).startsWith("Våld i nära relation: ett barn som lever med våld far illa");
        assertThat(p.safeguarding().forParent().services()).isEmpty();
        assertThat(p.safeguarding().forParent().contacts()).isEmpty();
    }

    @Test
    void combinedTriggersSayEachPartAndThePartsForTheParentLeaveViolenceOut() {
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(5).risks(RiskFactor.DOMESTIC_VIOLENCE,
                RiskFactor.STAFF_CONCERN_CHILD_SAFETY, RiskFactor.SUBSTANCE_MISUSE).epds(Epds.ofTotal("sv", 9, 2)).build());

        assertThat(p.safeguarding().leads()).extracting(SafeguardingLead::trigger)
                .containsExactly("SELF_HARM", "VIOLENCE", "STAFF_CONCERN", "SUBSTANCE_INFANT");
        assertThat(p.safeguarding().forParent().services()).containsExactly("PRIMARY_CARE_MENTAL_HEALTH");
        assertThat(p.safeguarding().forParent().contacts()).extracting(Contact::id).doesNotContain("KVINNOFRIDSLINJEN",
                "BROTTSOFFERJOUREN", "VALJ_ATT_SLUTA");
    }

    @Test
    void everyNeedCategoryHasAScenario() {
        Set<NeedCategory> asked = new TreeSet<>();
        scenarios.forEach(s -> s.request().needs().forEach(n -> asked.add(n.category())));
        assertThat(asked).containsExactlyInAnyOrder(NeedCategory.values());
    }

    @Test
    void aScenarioWhoseOutcomeDependsOnTheDayNamesItsDay() {
        assertThat(scenarios).filteredOn(s -> s.request().childAgeMonths() != null && s.request().childAgeMonths() >= 60)
                .allSatisfy(s -> assertThat(s.date()).as(s.name()).isNotNull());
    }

    @Test
    void everyStepOfEveryScenarioIsExplainedInSwedishAndEnglish() {
        for (Scenario scenario : scenarios) {
            engine.evaluate(scenario.request(), RuleSets.DAY).pathway().steps().forEach(step -> assertThat(step.reasons())
                    .as(scenario.name() + " " + step.service().id()).isNotEmpty()
                    .allSatisfy(r -> {
                        assertThat(r.ruleId()).isNotBlank();
                        assertThat(r.sv()).isNotBlank();
                        assertThat(r.en()).isNotBlank();
                    }));
        }
    }

    @Test
    void everyScenarioSaysWhy() {
        assertThat(scenarios).allSatisfy(s -> assertThat(s.why()).as(s.file() + " " + s.name()).isNotBlank());
    }

    @Test
    void textsForTheParentSpeakToTheParent() {
        var catalog = RuleSetLoader.load(RuleSets.DEFAULT, BaseResolver.bundled(), RuleSets.DAY).ruleSet().catalog();
        assertThat(catalog.services()).allSatisfy(s -> assertThat(s.access().howTo().sv())
                .as(s.id()).doesNotContain("föräldern").doesNotContain("Föräldern"));
    }

    /** Words about a child yet to be born; "för tidigt fött" (a premature child) is about a born one. */
    private static final java.util.regex.Pattern ABOUT_THE_BIRTH = java.util.regex.Pattern.compile(
            "barnet är fött|från att barnet|när familjen väntar|baby is born|from the birth|while (the family is )?expecting",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A born child's family never reads about the birth to come (the extended home visits once said "they start
     * when the baby is born" to the parent of a 7-week-old), in any step's service texts or reasons or any note;
     * an expecting family still hears when the visits start. Every need, every risk factor alone, first-year ages.
     */
    @Test
    void aBornChildsPathwayNeverSpeaksOfTheBirthToCome() {
        int checked = 0;
        for (int months : new int[] {0, 1, 2, 6, 11}) {
            for (RiskFactor risk : RiskFactor.values()) {
                for (NeedCategory need : NeedCategory.values()) {
                    SuggestionRequest request = SuggestionRequest.builder().childAgeMonths(months).risks(risk)
                            .need(need, se.lotsen.core.Severity.SEVERE).build();
                    Pathway p = engine.evaluate(request, RuleSets.DAY).pathway();
                    List<String> texts = new java.util.ArrayList<>();
                    p.steps().forEach(step -> {
                        texts.add(step.service().access().howTo() == null ? "" : step.service().access().howTo().sv());
                        texts.add(step.service().access().howTo() == null ? "" : step.service().access().howTo().en());
                        step.reasons().forEach(r -> texts.add(r.sv() + " | " + r.en()));
                    });
                    p.notes().forEach(n -> texts.add(n.sv() + " | " + n.en()));
                    assertThat(texts).as(months + " months, " + risk + ", " + need).noneMatch(t -> ABOUT_THE_BIRTH.matcher(t).find());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);

        Pathway expecting = engine.suggest(SuggestionRequest.builder().expecting().risks(RiskFactor.DOMESTIC_VIOLENCE).build());
        assertThat(expecting.steps()).filteredOn(s -> s.service().id().equals("EXTENDED_HOME_VISITS")).singleElement()
                .satisfies(s -> assertThat(s.reasons()).anyMatch(r -> r.sv().contains("när barnet är fött")));
    }

    /** The EPDS note about the first weeks needs the weeks: months alone (0 months is up to 4 weeks) never bring it. */
    @Test
    void theEarlyEpdsNoteComesOnlyWithWeeksUnderFour() {
        Epds epds = Epds.ofTotal("sv", 13, 0);
        for (int weeks = 0; weeks <= SuggestionRequest.MAX_CHILD_AGE_WEEKS; weeks++) {
            int months = weeks * 7 / 31;
            Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(months).childAgeWeeks(weeks).epds(epds).build());
            boolean early = weeks < 4;
            assertThat(p.notes()).as(weeks + " weeks").extracting(se.lotsen.core.Reason::ruleId)
                    .matches(ids -> ids.contains("epds-before-four-weeks") == early);
        }
        for (int months = 0; months <= 2; months++) {
            Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(months).epds(epds).build());
            assertThat(p.notes()).as(months + " months, no weeks").extracting(se.lotsen.core.Reason::ruleId)
                    .doesNotContain("epds-before-four-weeks");
        }
    }
}
