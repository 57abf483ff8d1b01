package se.lotsen.core.internal;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
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
        } else if (e instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.DIVIDE
                || binary.getOperator() == BinaryExpr.Operator.REMAINDER)) {
            file.refuse(line, "Division ('" + binary.getOperator().asString() + "') i " + rule.getName() + " finns inte i "
                    + "regelspråket (en division med noll stoppar varje bedömning).", "Division ('" + binary.getOperator().asString()
                    + "') in " + rule.getName() + " is not in the rule language (a division by zero stops every evaluation).");
        } else if (e instanceof BinaryExpr binary && pattern == null && isTextComparison(binary)) {
            file.refuse(line, "Texter jämförs i regelns villkor, inte i konsekvensen ('" + binary + "' i " + rule.getName()
                    + " jämför var texten ligger, inte vad den säger).", "Texts are compared in the rule's conditions, not in its "
                    + "consequence ('" + binary + "' in " + rule.getName() + " compares where the text is, not what it says).");
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
        if (call.toString().equals(RuleLanguage.RULE_NAME) && pattern == null) {
            return; // the rule's name exists in a consequence; in a constraint Drools has no rule to name
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

    /** == or != where an operand is a text: Java compares references there, MVEL (in a constraint) compares values. */
    private boolean isTextComparison(BinaryExpr binary) {
        if (binary.getOperator() != BinaryExpr.Operator.EQUALS && binary.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return false;
        }
        return isText(binary.getLeft()) || isText(binary.getRight());
    }

    private boolean isText(Expression e) {
        Expression inner = e;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        if (inner instanceof StringLiteralExpr || inner instanceof NameExpr name && ruleNameLocals.contains(name.getNameAsString())) {
            return true;
        }
        if (inner instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr scope
                && facts.containsKey(scope.getNameAsString())) {
            return Arrays.stream(facts.get(scope.getNameAsString()).getMethods())
                    .anyMatch(m -> m.getName().equals(access.getNameAsString()) && m.getReturnType() == String.class);
        }
        if (inner instanceof MethodCallExpr call) {
            if (call.toString().equals(RuleLanguage.RULE_NAME)) {
                return true;
            }
            Class<?> owner = call.getScope().filter(NameExpr.class::isInstance).map(s -> facts.get(((NameExpr) s).getNameAsString()))
                    .orElse(null);
            return owner != null && Arrays.stream(owner.getMethods()).anyMatch(m -> m.getName().equals(call.getNameAsString())
                    && m.getReturnType() == String.class);
        }
        return false;
    }
}
