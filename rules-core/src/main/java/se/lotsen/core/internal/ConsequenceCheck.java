package se.lotsen.core.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseProblemException;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks a rule's consequence: calls to {@code out} only, each naming the rule, a service from the
 * catalog and a safeguarding contact from ruleset.yaml, with arguments the conditions bound.
 */
final class ConsequenceCheck {
    private final InspectedFile file;
    private final Set<String> services;
    private final Set<String> contacts;

    ConsequenceCheck(InspectedFile file, Set<String> services, Set<String> contacts) {
        this.file = file;
        this.services = services;
        this.contacts = contacts;
    }

    void inspectConsequence(RuleDescr rule, Map<String, Class<?>> facts, Set<String> values) {
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString().strip();
        int firstLine = consequenceLine(rule, consequence);
        BlockStmt block;
        try {
            block = new JavaParser(InspectedFile.JAVA).parseBlock("{\n" + consequence + "\n}").getResult()
                    .orElseThrow(() -> new ParseProblemException(List.of()));
        } catch (ParseProblemException | NoSuchElementException e) {
            file.refuse(firstLine, "Konsekvensen i " + rule.getName() + " går inte att läsa som anrop till out.",
                    "The consequence of " + rule.getName() + " cannot be read as calls to out.");
            return;
        }
        file.parsed(rule, block);
        Set<String> ruleNameLocals = new HashSet<>();
        int calls = 0;
        for (Statement statement : block.getStatements()) {
            int line = firstLine + statement.getBegin().map(p -> p.line).orElse(2) - 2;
            file.parsed(statement, line);
            if (statement instanceof EmptyStmt) {
                continue;
            }
            Expression expression = statement instanceof ExpressionStmt e ? e.getExpression() : null;
            if (expression instanceof VariableDeclarationExpr declaration && declaration.getVariables().size() == 1
                    && declaration.getVariable(0).getTypeAsString().equals("String")
                    && declaration.getVariable(0).getInitializer().map(Expression::toString)
                    .filter(RuleLanguage.RULE_NAME::equals).isPresent()) {
                ruleNameLocals.add(declaration.getVariable(0).getNameAsString());
            } else if (expression instanceof MethodCallExpr call && call.getScope().filter(s -> s instanceof NameExpr n
                    && n.getNameAsString().equals(RuleLanguage.GLOBAL)).isPresent()) {
                calls++;
                inspectCall(rule, line, call, facts, values, ruleNameLocals);
            } else {
                file.refuse(line, "Konsekvensen i " + rule.getName() + " får bara anropa out (route, safeguard, contact, "
                        + "escalate, note, interpreter), inte: " + firstLineOf(statement),
                        "The consequence of " + rule.getName() + " may only call out (route, safeguard, contact, "
                        + "escalate, note, interpreter), not: " + firstLineOf(statement));
            }
        }
        if (calls == 0 && file.problems().isEmpty()) {
            file.refuse(firstLine, "Regeln " + rule.getName() + " säger ingenting: anropa out.route, out.safeguard eller out.note.",
                    "Rule " + rule.getName() + " says nothing: call out.route, out.safeguard or out.note.");
        }
    }

    /** The line where the consequence's text starts: on the {@code then} line, or one of the lines after it. */
    private int consequenceLine(RuleDescr rule, String consequence) {
        int thenLine = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine();
        if (consequence.isEmpty()) {
            return thenLine;
        }
        int from = 0;
        for (int line = 1; line < thenLine && from >= 0; line++) {
            from = file.text().indexOf('\n', from) + 1;
        }
        int found = file.text().indexOf(consequence.substring(0, Math.min(40, consequence.length())), Math.max(from, 0));
        return found < 0 ? thenLine : file.lineAt(found);
    }

    private void inspectCall(RuleDescr rule, int line, MethodCallExpr call, Map<String, Class<?>> facts,
                             Set<String> values, Set<String> ruleNameLocals) {
        String method = call.getNameAsString();
        Integer arity = RuleLanguage.ADVICE.get(method);
        if (arity == null || arity != call.getArguments().size()) {
            file.refuse(line, "out." + method + " med " + call.getArguments().size() + " argument finns inte; out har "
                    + describeAdvice() + ".", "out." + method + " with " + call.getArguments().size()
                    + " arguments does not exist; out has " + describeAdvice() + ".");
            return;
        }
        Expression ruleArgument = call.getArgument(0);
        if (!ruleArgument.toString().equals(RuleLanguage.RULE_NAME) && !(ruleArgument instanceof NameExpr n
                && ruleNameLocals.contains(n.getNameAsString()))) {
            file.refuse(line, "Första argumentet till out." + method + " ska vara drools.getRule().getName(), så att "
                    + "steget kan förklaras med regelns namn.", "The first argument of out." + method
                    + " must be drools.getRule().getName(), so the step is explained by the rule's name.");
        }
        Integer serviceArgument = RuleLanguage.SERVICE_ARGUMENT.get(method);
        if (serviceArgument != null) {
            Expression service = call.getArgument(serviceArgument);
            if (!(service instanceof StringLiteralExpr literal)) {
                file.refuse(line, "Tjänsten i out." + method + " ska skrivas som ett id inom citattecken, t.ex. \"BVC_NURSE\".",
                        "The service in out." + method + " must be written as an id in quotes, such as \"BVC_NURSE\".");
            } else if (!services.contains(literal.getValue())) {
                file.refuse(line, "Tjänsten \"" + literal.getValue() + "\" finns inte i catalog/services.yaml.",
                        "The service \"" + literal.getValue() + "\" is not in catalog/services.yaml.");
            }
        }
        Integer contactArgument = RuleLanguage.CONTACT_ARGUMENT.get(method);
        if (contactArgument != null) {
            Expression contact = call.getArgument(contactArgument);
            if (!(contact instanceof StringLiteralExpr literal) || !contacts.contains(literal.getValue())) {
                file.refuse(line, "Kontakten " + contact + " finns inte i ruleset.yaml (safeguarding.contacts): "
                        + String.join(", ", InspectedFile.sorted(contacts)) + ".", "The contact " + contact
                        + " is not in ruleset.yaml (safeguarding.contacts): " + String.join(", ", InspectedFile.sorted(contacts)) + ".");
            }
        }
        ExpressionCheck check = new ExpressionCheck(file, rule, line, null, facts, values, ruleNameLocals);
        call.getArguments().forEach(check::check);
    }

    private static String describeAdvice() {
        return String.join(", ", RuleLanguage.ADVICE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "(" + e.getValue() + ")").toList());
    }

    private static String firstLineOf(Statement statement) {
        String text = statement.toString().strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }
}
