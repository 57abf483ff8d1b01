package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.core.internal.RuleSetCompiler;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;

/** A broken rule file never serves: each problem names the file inside the rule set and its line. */
class RuleSetCompilationTest {
    @Test
    void aDrlSyntaxErrorNamesTheFileInsideTheRuleSetAndTheLine() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> TestRuleSets.engine(TestRuleSets.ruleSet("""
                rule "broken"
                when
                    Family( ageMonths >
                then
                    out.note( drools.getRule().getName(), "x", "y" );
                end
                """)));

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).isEqualTo("rules/test0.drl");
            assertThat(p.line()).isBetween(12, 14);
        });
    }

    @Test
    void aConstraintOnAWordTheFactDoesNotHaveListsTheWordsItHas() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> TestRuleSets.engine(TestRuleSets.ruleSet("""
                rule "unknown-word"
                when
                    Family( shoeSize > 3 )
                then
                    out.note( drools.getRule().getName(), "x", "y" );
                end
                """)));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("rules/test0.drl");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("shoeSize").contains("ageMonths").contains("violence");
            assertThat(p.sv()).contains("shoeSize").contains("inget ord");
        });
    }

    @Test
    void aTypeMistakeDroolsFindsIsReportedWithFileAndLine() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> TestRuleSets.engine(TestRuleSets.ruleSet("""
                rule "wrong-type"
                when
                    NeedFact( category == Severity.SEVERE )
                then
                    out.note( drools.getRule().getName(), "x", "y" );
                end
                """)));

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).isEqualTo("rules/test0.drl");
            assertThat(p.message()).startsWith("The rule does not compile");
        });
    }

    @Test
    void aRuleSetThatOnlyHasTablesNeedsNoDroolsRules() {
        var tablesOnly = new se.lotsen.core.ruleset.RuleSet(TestRuleSets.manifest(), TestRuleSets.catalog(),
                java.util.List.of(), List.of(TestRuleSets.table()));

        Pathway p = TestRuleSets.engine(tablesOnly).suggest(SuggestionRequest.builder().childAgeMonths(5)
                .need(NeedCategory.SLEEP).build());

        assertThat(p.steps()).extracting(s -> s.service().id()).containsExactly("NURSE");
    }

    @Test
    void aRuleNameUsedAgainIsReportedAtTheLineOfTheSecondUseEvenWhenANameIsAPrefixOfAnother() {
        String first = """
                rule "sleep-severe"
                when Family()
                then out.note( drools.getRule().getName(), "x", "y" );
                end
                rule "sleep"
                when Family()
                then out.note( drools.getRule().getName(), "x", "y" );
                end
                rule "sleep"
                when Family()
                then out.note( drools.getRule().getName(), "x", "y" );
                end
                """;
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> TestRuleSets.engine(TestRuleSets.ruleSet(first, "rule \"sleep-severe\"\nwhen Family()\n"
                        + "then out.note( drools.getRule().getName(), \"x\", \"y\" );\nend\n")));

        int header = TestRuleSets.HEADER.split("\n").length;
        assertThat(e.problems()).extracting(p -> p.path() + ":" + p.line())
                .containsExactlyInAnyOrder("rules/test0.drl:" + (header + 9), "rules/test1.drl:" + (header + 1));
    }

    @Test
    void aRuleFileWrittenForTheVocabularysFormerPackageIsPrintedWithTodaysAndRuns() {
        // Rule sets published before the vocabulary was named for what it is import se.lotsen.core.rules.
        String former = TestRuleSets.HEADER.replace("se.lotsen.core.vocabulary", "se.lotsen.core.rules") + """
                rule "former-package"
                when Family( ageMonths == 5 )
                then out.note( drools.getRule().getName(), "gammal import", "former import" );
                end
                """;
        assertThat(former).contains("import se.lotsen.core.rules.*;").contains("global se.lotsen.core.rules.Advice out;");
        RuleSet ruleSet = new RuleSet(TestRuleSets.manifest(), TestRuleSets.catalog(),
                List.of(new RuleFile("rules/former.drl",
                        former.getBytes(StandardCharsets.UTF_8))), List.of(TestRuleSets.table()));

        String printed = new String(RuleSetCompiler.compile(ruleSet).printed().get(0).content(),
                StandardCharsets.UTF_8);
        assertThat(printed).contains("import se.lotsen.core.vocabulary.*;")
                .contains("global se.lotsen.core.vocabulary.Advice out;").doesNotContain("se.lotsen.core.rules");
        try (PathwayEngine engine = TestRuleSets.engine(ruleSet)) {
            Evaluation evaluation = engine.evaluate(SuggestionRequest.builder().childAgeMonths(5).need(NeedCategory.SLEEP).build(),
                    TestRuleSets.DAY);
            assertThat(evaluation.firedRules()).contains("former-package");
        }
    }
}
