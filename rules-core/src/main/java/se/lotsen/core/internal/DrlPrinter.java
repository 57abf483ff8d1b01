package se.lotsen.core.internal;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import se.lotsen.core.internal.JavaTextPrinter.Unprintable;
import se.lotsen.core.vocabulary.Advice;

/**
 * Writes the DRL that Drools compiles, from the trees {@link RuleInspector} checked: the package, the
 * allowed imports and the one global, and for each rule its name, attributes, patterns with their
 * constraints rebuilt from the parsed expression nodes, and its calls to {@code out} with texts
 * re-escaped by {@link JavaTextPrinter}. Nothing of the author's text is copied: comments, spacing and
 * brackets are gone, and a construct the checks did not parse cannot be printed at all.
 *
 * <p>Each construct is written on the line it had in the author's file where it can be (everything
 * printed is shorter than what it came from), so Drools' compile errors still name the author's line.
 */
final class DrlPrinter {
    /** A rule's name becomes a generated class's name, which the class file format caps; no policy needs more. */
    static final int MAX_NAME_CHARS = 200;
    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|[\\p{L}\\p{N}_$]+");
    /** 'x in (a, b)' and 'x not in (a, b)' are printed as comparisons joined by || and &&. */
    private static final Set<String> LIST_WORDS = Set.of("in", "not");
    private static final Pattern QUALIFIED = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    /** A rule package may not be one of the platform's or Lotsen's own: generated classes live in it. */
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools",
            "org.kie", "org.mvel2", "org.eclipse", "se.lotsen.core", "se.lotsen.api", "se.lotsen.policy");

    private final InspectedFile file;
    private final Lines out = new Lines();
    private int line;

    private DrlPrinter(InspectedFile file) {
        this.file = file;
    }

    /** @return the printed file, or null when a part cannot be printed (the refusal is added to the file) */
    static String print(PackageDescr pkg, InspectedFile file) {
        DrlPrinter printer = new DrlPrinter(file);
        try {
            printer.printPackage(pkg);
            return printer.out.text();
        } catch (Unprintable e) {
            file.refuse(printer.line, e.sv, e.en);
            return null;
        }
    }

    private void printPackage(PackageDescr pkg) {
        if (pkg.getName() != null && !pkg.getName().isBlank()) {
            String name = qualifiedName(pkg.getName());
            if (RESERVED_PACKAGES.stream().anyMatch(r -> name.equals(r) || name.startsWith(r + "."))) {
                throw new Unprintable("Paketet " + name + " är reserverat; välj ett eget, till exempel se.lotsen.rules.",
                        "The package " + name + " is reserved; choose one of your own, such as se.lotsen.rules.");
            }
            out.word("package " + name + ";");
        }
        for (ImportDescr imported : pkg.getImports()) {
            at(imported.getLine());
            String target = RuleLanguage.currentName(imported.getTarget());
            if (!RuleLanguage.IMPORTS.contains(target)) {
                throw refused(imported.getTarget());
            }
            out.word("import " + qualifiedImport(target) + ";");
        }
        for (GlobalDescr global : pkg.getGlobals()) {
            at(global.getLine());
            out.word("global " + Advice.class.getName() + " " + RuleLanguage.GLOBAL + ";");
        }
        for (RuleDescr rule : pkg.getRules()) {
            printRule(rule);
        }
    }

    private void printRule(RuleDescr rule) {
        at(rule.getLine());
        out.word("rule " + JavaTextPrinter.text(ruleName(rule.getName())));
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            at(attribute.getLine());
            out.word(attribute(attribute));
        }
        out.word("when");
        for (BaseDescr element : rule.getLhs().getDescrs()) {
            at(element.getLine());
            out.word(element(element));
        }
        at(rule.getConsequenceLine());
        out.word("then");
        BlockStmt block = file.parsedOf(rule, BlockStmt.class);
        for (Statement statement : block.getStatements()) {
            if (!(statement instanceof EmptyStmt)) {
                at(file.parsedOf(statement, Integer.class));
                out.word(statement(statement));
            }
        }
        at(rule.getEndLine());
        out.word("end");
    }

    private String attribute(AttributeDescr attribute) {
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        return switch (attribute.getName()) {
            case "salience" -> "salience " + Integer.parseInt(value);
            case "no-loop" -> "no-loop " + !value.equalsIgnoreCase("false");
            default -> throw refused(attribute.getName());
        };
    }

    private String element(BaseDescr element) {
        if (element instanceof PatternDescr pattern) {
            return pattern(pattern);
        }
        refuseAnnotations(element);
        if (element instanceof NotDescr not) {
            return "not( " + elements(not.getDescrs(), " and ") + " )";
        }
        if (element instanceof ExistsDescr exists) {
            return "exists( " + elements(exists.getDescrs(), " and ") + " )";
        }
        if (element instanceof ForallDescr forall) {
            return "forall( " + elements(forall.getDescrs(), " ") + " )";
        }
        if (element instanceof OrDescr or) {
            return "( " + elements(or.getDescrs(), " or ") + " )";
        }
        if (element instanceof AndDescr and) {
            return "( " + elements(and.getDescrs(), " and ") + " )";
        }
        throw refused(element.toString());
    }

    private String elements(List<? extends BaseDescr> elements, String separator) {
        return elements.stream().map(this::element).collect(Collectors.joining(separator));
    }

    private String pattern(PatternDescr pattern) {
        refuseAnnotations(pattern);
        if (pattern.getSource() != null || pattern.isQuery() || pattern.isUnification() || !pattern.getBehaviors().isEmpty()) {
            throw new Unprintable("Mönstret " + pattern.getObjectType() + " har ett tillägg (over, from, ?, :=) som regelspråket "
                    + "inte har.", "The pattern " + pattern.getObjectType() + " has an addition (over, from, ?, :=) the rule "
                    + "language does not have.");
        }
        StringBuilder text = new StringBuilder();
        if (pattern.getIdentifier() != null) {
            text.append(JavaTextPrinter.identifier(pattern.getIdentifier())).append(" : ");
        }
        text.append(qualifiedName(pattern.getObjectType())).append("( ");
        String constraints = pattern.getDescrs().stream().map(this::constraint).collect(Collectors.joining(", "));
        return text.append(constraints).append(constraints.isEmpty() ? ")" : " )").toString();
    }

    private String constraint(BaseDescr descr) {
        if (!(descr instanceof ExprConstraintDescr constraint) || constraint.getType() != ExprConstraintDescr.Type.NAMED) {
            throw new Unprintable("Ett villkor efter ';' (positionellt) finns inte i regelspråket; skriv ord == värde.",
                    "A positional constraint (before ';') is not in the rule language; write word == value.");
        }
        String printed = connective(file.parsedOf(constraint, ConstraintConnectiveDescr.class));
        // Drools' constraint parser leaves out parts it does not understand (a '? :' or a call after a bracket) instead
        // of failing: every name, number and text the author wrote must still be there, or the rule would mean less.
        Set<String> kept = tokens(printed);
        for (String token : tokens(constraint.getExpression())) {
            if (!kept.contains(token) && !LIST_WORDS.contains(token)) {
                throw new Unprintable("Villkoret '" + constraint.getExpression() + "' läses inte som det står ('" + token
                        + "' skulle falla bort); skriv det enklare.", "The constraint '" + constraint.getExpression()
                        + "' is not read as written ('" + token + "' would be lost); write it more simply.");
            }
        }
        return printed;
    }

    private static Set<String> tokens(String text) {
        Set<String> tokens = new HashSet<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }

    private String connective(ConstraintConnectiveDescr connective) {
        String joiner = switch (connective.getConnective()) {
            case AND -> " && ";
            case OR -> " || ";
            default -> throw new Unprintable("Kopplingen " + connective.getConnective() + " finns inte i regelspråket; använd && och ||.",
                    "The connective " + connective.getConnective() + " is not in the rule language; use && and ||.");
        };
        return connective.getDescrs().stream().map(this::constraintPart).collect(Collectors.joining(joiner));
    }

    private String constraintPart(BaseDescr part) {
        if (part instanceof ConstraintConnectiveDescr nested) {
            return "(" + connective(nested) + ")";
        }
        if (part instanceof RelationalExprDescr relation) {
            if (relation.isNegated() || relation.getParameters() != null && !relation.getParameters().isEmpty()
                    || !RuleLanguage.OPERATORS.contains(relation.getOperator())) {
                throw refused(relation.toString());
            }
            return operand(relation.getLeft()) + " " + relation.getOperator() + " " + operand(relation.getRight());
        }
        if (part instanceof AtomicExprDescr atomic) {
            return JavaTextPrinter.expression(file.parsedOf(atomic, Expression.class));
        }
        if (part instanceof BindingDescr binding) {
            if (binding.isUnification()) {
                throw new Unprintable("Unifiering (:=) finns inte i regelspråket; skriv $namn : ord.",
                        "Unification (:=) is not in the rule language; write $name : word.");
            }
            return JavaTextPrinter.identifier(binding.getVariable()) + " : "
                    + JavaTextPrinter.identifier(binding.getExpression().strip());
        }
        throw refused(part.toString());
    }

    private String operand(BaseDescr operand) {
        String printed = constraintPart(operand);
        return operand instanceof RelationalExprDescr ? "(" + printed + ")" : printed;
    }

    private String statement(Statement statement) {
        if (!(statement instanceof ExpressionStmt expressionStatement)) {
            throw refused(statement.toString());
        }
        Expression expression = expressionStatement.getExpression();
        if (expression instanceof VariableDeclarationExpr declaration) {
            if (!declaration.getVariable(0).getInitializer().map(Expression::toString).filter(RuleLanguage.RULE_NAME::equals).isPresent()) {
                throw refused(declaration.toString());
            }
            return "String " + JavaTextPrinter.identifier(declaration.getVariable(0).getNameAsString()) + " = "
                    + RuleLanguage.RULE_NAME + ";";
        }
        if (!(expression instanceof MethodCallExpr call)) {
            throw refused(expression.toString());
        }
        if (call.getTypeArguments().isPresent()) {
            throw new Unprintable("Typargument (<…>) finns inte i regelspråket.", "Type arguments (<…>) are not in the rule language.");
        }
        return RuleLanguage.GLOBAL + "." + JavaTextPrinter.identifier(call.getNameAsString()) + "( "
                + call.getArguments().stream().map(JavaTextPrinter::expression).collect(Collectors.joining(", ")) + " );";
    }

    /** A part the checks should have refused: never printed, and said as plainly as the checks would have. */
    private static Unprintable refused(String part) {
        return new Unprintable("'" + part + "' finns inte i regelspråket.", "'" + part + "' is not in the rule language.");
    }

    private static void refuseAnnotations(BaseDescr descr) {
        if (descr instanceof AnnotatedBaseDescr annotated && !annotated.getAnnotations().isEmpty()) {
            throw new Unprintable("Annoteringar (@…) är inte tillåtna i ett villkor.", "Annotations (@…) are not allowed in a condition.");
        }
    }

    private static String ruleName(String name) {
        if (name.length() > MAX_NAME_CHARS) {
            throw new Unprintable("Regelnamnet är längre än " + MAX_NAME_CHARS + " tecken.", "The rule name is longer than "
                    + MAX_NAME_CHARS + " characters.");
        }
        if (name.isBlank() || name.chars().anyMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            throw new Unprintable("Regelnamnet får inte vara tomt eller innehålla citattecken eller omvända snedstreck.",
                    "A rule name may not be empty or hold quotes or backslashes.");
        }
        return name;
    }

    private static String qualifiedName(String name) {
        if (name.length() > MAX_NAME_CHARS || !QUALIFIED.matcher(name).matches()) {
            throw new Unprintable("Namnet '" + name + "' får bara ha bokstäverna a–z och A–Z, siffror, _, $ och punkter.",
                    "The name '" + name + "' may have only the letters a–z and A–Z, digits, _, $ and dots.");
        }
        return name;
    }

    private static String qualifiedImport(String target) {
        return target.endsWith(".*") ? qualifiedName(target.substring(0, target.length() - 2)) + ".*" : qualifiedName(target);
    }

    private void at(int authorLine) {
        if (authorLine > 0) {
            line = authorLine;
        }
        out.at(authorLine);
    }

    /** Printed text, kept on the author's line numbers where it fits. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();
        private int line = 1;
        private boolean lineStarted;

        /** Moves down to the author's line, or stays on this one when the printed text has reached it already. */
        void at(int authorLine) {
            while (line < authorLine) {
                text.append('\n');
                line++;
                lineStarted = false;
            }
        }

        void word(String word) {
            if (lineStarted) {
                text.append(' ');
            }
            text.append(word);
            lineStarted = true;
        }

        String text() {
            return text.append('\n').toString();
        }
    }
}
