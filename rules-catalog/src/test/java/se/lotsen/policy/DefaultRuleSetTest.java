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
import se.lotsen.core.NeedCategory;
import se.lotsen.core.PathwayEngine;
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
}
