package se.lotsen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.core.internal.RuleSetCompiler;
import se.lotsen.core.ruleset.RuleSetException;

/**
 * What a red team found against the compiler from the checked tree, each kept as the behaviour Lotsen must have (each
 * failed before its fix): shapes the source scan did not bound overflowed a parser's stack or ran for hours, Drools'
 * constraint parser dropped parts of a constraint, Drools printed a bracketed comparison for MVEL without its brackets,
 * and the rule's name was allowed where Drools has no rule.
 */
class RuleCompilerRedTeamTest {
    private static final String NOTE = "then out.note( drools.getRule().getName(), \"x\", \"y\" );\n";

    private static String rule(String when, String then) {
        return "rule \"r\"\nwhen " + when + "\n" + then + "end\n";
    }

    /** (b) Unary ~ is not an operator the scan counts: JavaParser and DRL6Expressions recurse once per ~. */
    @Test
    void tildeChainsAreRefusedNotStackOverflow() {
        Throwable rhs = catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(rule("Family()",
                "then out.note( drools.getRule().getName(), " + "~".repeat(200_000) + "1 + \"\", \"y\" );\n"))));
        Throwable lhs = catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(
                rule("Family( " + "~".repeat(200_000) + "1 > 0 )", NOTE))));
        assertThat(rhs).isInstanceOf(RuleSetException.class);
        assertThat(lhs).isInstanceOf(RuleSetException.class);
    }

    /** (b) A statement chain has no operators and no nesting the scan sees: if (true) if (true) ... */
    @Test
    void statementChainsAreRefusedNotStackOverflow() {
        Throwable thrown = catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(rule("Family()",
                "then " + "if (true) ".repeat(150_000) + "out.note( drools.getRule().getName(), \"x\", \"y\" );\n"))));
        assertThat(thrown).isInstanceOf(RuleSetException.class);
    }

    /** (b) Casts in a constraint: DRL6Expressions backtracks in time that doubles with each cast (500 ran for hours). */
    @Test
    void castsAreRefusedBeforeAnyParserReadsThem() {
        Throwable thrown = catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(
                rule("Family( language == " + "(String)".repeat(500) + "\"x\" )", NOTE))));
        assertThat(thrown).isInstanceOf(RuleSetException.class);
        assertThat(((RuleSetException) thrown).problems()).anySatisfy(p -> assertThat(p.message()).contains("Casts"));
    }

    /** (b) A long rule name is printed as it is; ASM cannot write the class name. */
    @Test
    void aLongRuleNameIsARuleSetException() {
        String body = "rule \"" + "a".repeat(70_000) + "\"\nwhen Family()\n" + NOTE + "end\n";
        assertThat(catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(body))))
                .isInstanceOf(RuleSetException.class);
    }

    /** (c) DRL6's parser drops "? x : y" and a call after a bracket: the printed rule would mean the opposite. */
    @Test
    void aConstraintThatWouldLoseAPartIsRefused() {
        for (String constraint : List.of("(ageMonths > 3 ? false : true) == false", "(ageMonths > 3).toString() == \"true\"")) {
            Throwable thrown = catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(
                    rule("Family( " + constraint + " )", NOTE))));
            assertThat(thrown).as(constraint).isInstanceOf(RuleSetException.class);
        }
    }

    /** (b) Parameters on an operator ([x]) were passed by the checks and refused by the printer with an internal error. */
    @Test
    void operatorParametersAreARefusalWithTheLine() {
        Throwable thrown = catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(rule("Family( ageMonths ==[x] 3 )", NOTE))));
        assertThat(thrown).isInstanceOf(RuleSetException.class);
        assertThat(((RuleSetException) thrown).problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    /** (e) Division by a fact's number stops an evaluation when it is zero; texts compared with == in Java compare where they are. */
    @Test
    void divisionAndComparingTextsInAConsequenceAreRefused() {
        for (String then : List.of("then out.escalate( drools.getRule().getName(), Tier.INDICATED, 1 / $f.riskScore(), \"a\", \"b\" );\n",
                "then out.note( drools.getRule().getName(), $f.language() == \"sv\" ? \"same\" : \"other\", \"y\" );\n")) {
            Throwable thrown = catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(rule("$f : Family()", then))));
            assertThat(thrown).as(then).isInstanceOf(RuleSetException.class);
        }
    }

    /** (c) Drools' DescrDumper drops the brackets Lotsen prints around a nested comparison; MVEL reads it left to right. */
    @Test
    void aComparisonOfAComparisonIsRefused() {
        for (String constraint : List.of("false == (ageMonths > 300)", "violence != (ageMonths > 3)")) {
            Throwable thrown = catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(rule("Family( " + constraint + " )",
                    NOTE))));
            assertThat(thrown).as(constraint).isInstanceOf(RuleSetException.class);
        }
    }

    /** (e) drools.getRule().getName() is allowed in a constraint too; MVEL resolves drools there (null, so an NPE). */
    @Test
    void theRuleNameIsRefusedInAConstraint() {
        assertThat(catchThrowable(() -> RuleSetCompiler.compile(TestRuleSets.ruleSet(
                rule("Family( language == drools.getRule().getName() )", NOTE))))).isInstanceOf(RuleSetException.class);
    }
}
