package se.lotsen.core.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseProblemException;
import com.github.javaparser.ast.expr.Expression;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;
import se.lotsen.core.vocabulary.NeedFact;

/**
 * Checks a rule's conditions: only patterns on the vocabulary's facts, joined by and, or, not, exists
 * and forall, whose constraints compare the facts' words with codes and literals.
 */
final class ConditionCheck {
    private final InspectedFile file;

    ConditionCheck(InspectedFile file) {
        this.file = file;
    }

    void inspectCondition(RuleDescr rule, BaseDescr descr, Map<String, Class<?>> facts, Set<String> values,
                                  int[] patterns) {
        if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
                inspectCondition(rule, child, facts, values, patterns);
            }
            return;
        }
        if (!(descr instanceof PatternDescr pattern)) {
            String what = descr.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT);
            file.refuse(descr.getLine(), "Regeln " + rule.getName() + " använder " + what + ", som inte är tillåtet i ett "
                    + "villkor (bara mönster på " + RuleLanguage.factNames() + " med and, or, not, exists, forall).",
                    "Rule " + rule.getName() + " uses " + what + ", which is not allowed in a condition (only patterns on "
                    + RuleLanguage.factNames() + " with and, or, not, exists, forall).");
            return;
        }
        patterns[0]++;
        Class<?> type = RuleLanguage.factType(pattern.getObjectType());
        if (type == null) {
            file.refuse(pattern.getLine(), "Regeln " + rule.getName() + " matchar " + pattern.getObjectType()
                    + ", som inte är ett fakta i regelvokabulären (" + RuleLanguage.factNames() + ").",
                    "Rule " + rule.getName() + " matches " + pattern.getObjectType()
                    + ", which is not a fact of the rule vocabulary (" + RuleLanguage.factNames() + ").");
            return;
        }
        if (type == NeedFact.class) {
            patterns[1]++;
        }
        if (pattern.getSource() != null || pattern.isQuery()) {
            file.refuse(pattern.getLine(), "Regeln " + rule.getName() + " hämtar fakta med from, accumulate, collect eller "
                    + "entry-point, som inte är tillåtet: matcha fakta direkt.", "Rule " + rule.getName()
                    + " takes facts with from, accumulate, collect or an entry point, which is not allowed: match facts directly.");
            return;
        }
        if (pattern.getIdentifier() != null) {
            facts.put(pattern.getIdentifier(), type);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                inspectConstraint(rule, expression, type, facts, values);
            } else {
                file.refuse(constraint.getLine(), "Ett villkor i " + rule.getName() + " har en form som inte är tillåten.",
                        "A constraint in " + rule.getName() + " has a form that is not allowed.");
            }
        }
    }

    private void inspectConstraint(RuleDescr rule, ExprConstraintDescr constraint, Class<?> type,
                                   Map<String, Class<?>> facts, Set<String> values) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed = parser.parse(constraint.getExpression());
        int line = constraint.getLine() > 0 ? constraint.getLine() : rule.getLine();
        if (parser.hasErrors() || parsed == null) {
            file.refuse(line, "Villkoret '" + constraint.getExpression() + "' i " + rule.getName() + " går inte att läsa.",
                    "The constraint '" + constraint.getExpression() + "' in " + rule.getName() + " cannot be read.");
            return;
        }
        file.parsed(constraint, parsed);
        inspectConstraintPart(rule, line, parsed, type, facts, values);
    }

    private void inspectConstraintPart(RuleDescr rule, int line, BaseDescr part, Class<?> type,
                                       Map<String, Class<?>> facts, Set<String> values) {
        if (part instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(d -> inspectConstraintPart(rule, line, d, type, facts, values));
        } else if (part instanceof RelationalExprDescr relation) {
            if (relation.getParameters() != null && !relation.getParameters().isEmpty()) {
                file.refuse(line, "Operatorn '" + relation.getOperator() + "' i " + rule.getName() + " har parametrar ([…]), "
                        + "som regelspråket inte har.", "The operator '" + relation.getOperator() + "' in " + rule.getName()
                        + " has parameters ([…]), which the rule language does not have.");
                return;
            }
            if (relation.getLeft() instanceof RelationalExprDescr || relation.getRight() instanceof RelationalExprDescr) {
                // Drools prints the comparison for MVEL without the brackets, which then reads it left to right
                file.refuse(line, "En jämförelse av en jämförelse i " + rule.getName() + " läses inte som den står; skriv "
                        + "!(…) eller dela upp villkoret.", "A comparison of a comparison in " + rule.getName()
                        + " is not read as written; write !(…) or split the constraint.");
                return;
            }
            if (!RuleLanguage.OPERATORS.contains(relation.getOperator()) || relation.isNegated()) {
                file.refuse(line, "Operatorn '" + relation.getOperator() + "' i " + rule.getName() + " är inte tillåten; "
                        + "jämför med ==, !=, <, <=, >, >= eller in.", "The operator '" + relation.getOperator()
                        + "' in " + rule.getName() + " is not allowed; compare with ==, !=, <, <=, >, >= or in.");
                return;
            }
            inspectConstraintPart(rule, line, relation.getLeft(), type, facts, values);
            inspectConstraintPart(rule, line, relation.getRight(), type, facts, values);
        } else if (part instanceof AtomicExprDescr atomic) {
            Expression expression = parseExpression(rule, line, atomic.getExpression());
            if (expression != null) {
                file.parsed(atomic, expression);
                new ExpressionCheck(file, rule, line, type, facts, values, Set.of()).check(expression);
            }
        } else if (part instanceof BindingDescr binding) {
            String bound = binding.getExpression() == null ? "" : binding.getExpression().strip();
            Integer arity = RuleLanguage.FACTS.get(type).get(bound);
            if (!bound.equals("this") && (arity == null || arity != 0)) {
                file.refuse(line, "'" + binding.getVariable() + " : " + bound + "' i " + rule.getName() + " binder inget ord hos "
                        + type.getSimpleName() + " (" + RuleLanguage.wordsOf(type) + ").", "'" + binding.getVariable()
                        + " : " + bound + "' in " + rule.getName() + " binds no word of " + type.getSimpleName()
                        + " (" + RuleLanguage.wordsOf(type) + ").");
            } else if (bound.equals("this")) {
                facts.put(binding.getVariable(), type);
            } else {
                values.add(binding.getVariable());
            }
        } else {
            file.refuse(line, "Ett villkor i " + rule.getName() + " har en form som inte är tillåten.",
                    "A constraint in " + rule.getName() + " has a form that is not allowed.");
        }
    }

    private Expression parseExpression(RuleDescr rule, int line, String expression) {
        try {
            return new JavaParser(InspectedFile.JAVA).parseExpression(expression).getResult()
                    .orElseThrow(() -> new ParseProblemException(List.of()));
        } catch (ParseProblemException | NoSuchElementException e) {
            file.refuse(line, "'" + expression + "' i " + rule.getName() + " går inte att läsa.",
                    "'" + expression + "' in " + rule.getName() + " cannot be read.");
            return null;
        }
    }
}
