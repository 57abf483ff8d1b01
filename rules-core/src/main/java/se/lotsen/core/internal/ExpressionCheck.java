package se.lotsen.core.internal;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks one expression in a constraint (with the pattern's type) or a consequence argument
 * (type null): literals, the codes, the facts' words, bound names, arithmetic and comparison.
 */
final class ExpressionCheck {
    private final InspectedFile file;
    private final RuleDescr rule;
    private final int line;
    private final Class<?> pattern;
    private final Map<String, Class<?>> facts;
    private final Set<String> values;
    private final Set<String> ruleNameLocals;

    ExpressionCheck(InspectedFile file, RuleDescr rule, int line, Class<?> pattern, Map<String, Class<?>> facts,
                    Set<String> values, Set<String> ruleNameLocals) {
        this.file = file;
        this.rule = rule;
        this.line = line;
        this.pattern = pattern;
        this.facts = facts;
        this.values = values;
        this.ruleNameLocals = ruleNameLocals;
    }

    void check(Expression e) {
        if (e instanceof LiteralExpr) {
            return;
        }
        if (e instanceof EnclosedExpr enclosed) {
            check(enclosed.getInner());
        } else if (e instanceof UnaryExpr unary && (unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                || unary.getOperator() == UnaryExpr.Operator.MINUS || unary.getOperator() == UnaryExpr.Operator.PLUS)) {
            check(unary.getExpression());
        } else if (e instanceof BinaryExpr binary && binary.getOperator() != BinaryExpr.Operator.BINARY_AND
                && binary.getOperator() != BinaryExpr.Operator.BINARY_OR && binary.getOperator() != BinaryExpr.Operator.XOR
                && binary.getOperator() != BinaryExpr.Operator.LEFT_SHIFT
                && binary.getOperator() != BinaryExpr.Operator.SIGNED_RIGHT_SHIFT
                && binary.getOperator() != BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT) {
            check(binary.getLeft());
            check(binary.getRight());
        } else if (e instanceof ConditionalExpr conditional) {
            check(conditional.getCondition());
            check(conditional.getThenExpr());
            check(conditional.getElseExpr());
        } else if (e instanceof NameExpr name) {
            checkName(name.getNameAsString());
        } else if (e instanceof FieldAccessExpr access) {
            checkFieldAccess(access);
        } else if (e instanceof MethodCallExpr call) {
            checkCall(call);
        } else {
            refuseExpression(e);
        }
    }

    private void checkName(String name) {
        if (pattern != null && Integer.valueOf(0).equals(RuleLanguage.FACTS.get(pattern).get(name))) {
            return;
        }
        if (facts.containsKey(name) || values.contains(name) || ruleNameLocals.contains(name)) {
            return;
        }
        if (pattern != null) {
            file.refuse(line, "'" + name + "' i " + rule.getName() + " är inget ord hos " + pattern.getSimpleName()
                    + ". Orden är: " + RuleLanguage.wordsOf(pattern) + ".", "'" + name + "' in " + rule.getName()
                    + " is not a word of " + pattern.getSimpleName() + ". The words are: " + RuleLanguage.wordsOf(pattern) + ".");
        } else {
            file.refuse(line, "'" + name + "' i " + rule.getName() + " är inte bundet i regelns villkor.",
                    "'" + name + "' in " + rule.getName() + " is not bound in the rule's conditions.");
        }
    }

    private void checkFieldAccess(FieldAccessExpr access) {
        String scope = access.getScope().toString();
        Class<? extends Enum<?>> codes = RuleLanguage.CODES.get(scope);
        if (codes != null) {
            String constant = access.getNameAsString();
            if (Arrays.stream(codes.getEnumConstants()).noneMatch(c -> c.name().equals(constant))) {
                String allowed = String.join(", ", Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
                file.refuse(line, codes.getSimpleName() + "." + constant + " i " + rule.getName() + " finns inte. "
                        + "Koderna är: " + allowed + ".", codes.getSimpleName() + "." + constant + " in " + rule.getName()
                        + " does not exist. The codes are: " + allowed + ".");
            }
            return;
        }
        Class<?> fact = facts.get(scope);
        if (fact != null && Integer.valueOf(0).equals(RuleLanguage.FACTS.get(fact).get(access.getNameAsString()))) {
            return;
        }
        refuseExpression(access);
    }

    private void checkCall(MethodCallExpr call) {
        if (call.toString().equals(RuleLanguage.RULE_NAME)) {
            return;
        }
        Class<?> owner;
        if (call.getScope().isEmpty()) {
            owner = pattern;
        } else if (call.getScope().get() instanceof NameExpr scope) {
            owner = facts.get(scope.getNameAsString());
        } else {
            owner = null;
        }
        Integer arity = owner == null ? null : RuleLanguage.FACTS.get(owner).get(call.getNameAsString());
        if (arity == null || arity != call.getArguments().size()) {
            refuseExpression(call);
            return;
        }
        call.getArguments().forEach(this::check);
    }

    private void refuseExpression(Expression e) {
        file.refuse(line, "'" + e + "' i " + rule.getName() + " är inte tillåtet. En regel läser bara fakta ("
                + RuleLanguage.factNames() + "), koder och text, och anropar bara out.", "'" + e + "' in "
                + rule.getName() + " is not allowed. A rule reads only facts (" + RuleLanguage.factNames()
                + "), codes and text, and calls only out.");
    }
}
