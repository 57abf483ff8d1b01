package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
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
                java.util.List.of(), java.util.List.of(TestRuleSets.table()));

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
}
