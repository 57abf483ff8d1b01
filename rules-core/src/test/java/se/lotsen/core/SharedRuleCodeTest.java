package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import se.lotsen.core.internal.RuleSetCompiler;
import se.lotsen.core.ruleset.RuleSet;

/** Rule sets whose printed DRL is the same share one compiled KieBase; tables and catalog stay their own. */
class SharedRuleCodeTest {
    @Test
    void theSameRuleFilesAreCompiledOnceWhatEverTheTablesAndOtherRuleFilesAreNot() {
        RuleSet standard = TestRuleSets.standard();
        RuleSet withoutTables = new RuleSet(standard.manifest(), standard.catalog(), standard.ruleFiles(), List.of());
        RuleSet otherRules = TestRuleSets.ruleSet("""
                rule "note-every-family"
                when
                    Family()
                then
                    out.note( drools.getRule().getName(), "x", "y" );
                end
                """);

        KieBase first = RuleSetCompiler.compile(standard).kieBase();
        KieBase second = RuleSetCompiler.compile(withoutTables).kieBase();
        KieBase other = RuleSetCompiler.compile(otherRules).kieBase();

        assertThat(second).isSameAs(first);
        assertThat(other).isNotSameAs(first);
        try (PathwayEngine a = TestRuleSets.engine(standard); PathwayEngine b = TestRuleSets.engine(withoutTables)) {
            SuggestionRequest infant = SuggestionRequest.builder().childAgeMonths(3).need(NeedCategory.SLEEP).build();
            assertThat(a.suggest(infant)).as("each engine keeps its own tables over the shared rules")
                    .isNotEqualTo(b.suggest(infant));
        }
    }
}
