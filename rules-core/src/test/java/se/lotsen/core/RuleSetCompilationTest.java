package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;

/** A rule set that does not compile is refused with each error's file and line. */
class RuleSetCompilationTest {

    @Test
    void aDrlSyntaxErrorNamesTheFileInsideTheRuleSetAndTheLine() {
        RuleSet broken = TestRuleSets.ruleSet(TestRuleSets.RISK, """
                rule "missing-then"
                when
                    NeedFact( category == "SLEEP" )
                    out.route( "x" );
                end
                """);

        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> PathwayEngine.builder().ruleSet(broken).build());

        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).isEqualTo("rules/test1.drl"));
        assertThat(e.problems().get(0).line()).isBetween(4, 8);
    }

    @Test
    void aConstraintOnAnUnknownFieldIsReported() {
        RuleSet broken = TestRuleSets.ruleSet(TestRuleSets.RISK + """
                rule "unknown-field"
                when
                    NeedFact( colour == "SLEEP" )
                then
                end
                """);

        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> PathwayEngine.builder().ruleSet(broken).build());

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("rules/test0.drl");
            assertThat(p.message()).contains("colour");
            assertThat(p.toString()).startsWith("rules/test0.drl:");
        });
    }

    @Test
    void aDecisionTableKeepsSwedishTextAndNamesItsRows() {
        // Written with ' for readability; CSV doubles the quotes inside a quoted cell.
        String table = """
                RuleSet,test.tables
                Import,se.lotsen.core.internal.facts.NeedFact
                Variables,se.lotsen.core.internal.Outcome out

                RuleTable Routing
                NAME,CONDITION,ACTION
                ,$need : NeedFact,
                ,'category == ''$param''','out.route(drools.getRule().getName(), $need.category(), ''NURSE'', ''ROUTINE'', ''UNIVERSAL'', ''$param'', ''en'');'
                Regel,Behov,Skäl
                row-sleep,SLEEP,Sömn på BVC – åäö
                """.replace('\'', '"');
        RuleSet ruleSet = new RuleSet(TestRuleSets.manifest(), TestRuleSets.catalog(), List.of(
                new RuleFile("rules/risk.drl", (TestRuleSets.HEADER + TestRuleSets.RISK).getBytes(StandardCharsets.UTF_8)),
                new RuleFile("tables/routing.drl.csv", table.getBytes(StandardCharsets.UTF_8))));

        PathwayEngine engine = PathwayEngine.builder().ruleSet(ruleSet).build();
        Pathway p = engine.suggest(SuggestionRequest.builder().childAgeMonths(3).need(NeedCategory.SLEEP).build());

        assertThat(engine.ruleNames()).contains("row-sleep");
        assertThat(p.steps().get(0).reasons()).singleElement()
                .satisfies(r -> assertThat(r.sv()).isEqualTo("Sömn på BVC – åäö"));
    }
}
