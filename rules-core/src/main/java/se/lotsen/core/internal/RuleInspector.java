package se.lotsen.core.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseProblemException;
import com.github.javaparser.ParserConfiguration;
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
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
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
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;
import se.lotsen.core.rules.NeedFact;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * Reads a DRL file with Drools' own parser, before anything is compiled or run, and refuses every
 * construct outside {@link RuleLanguage}: a rule set can read the family's facts and propose steps,
 * nothing else. Each refusal names the file and line, in Swedish and English.
 */
final class RuleInspector {
    private static final ParserConfiguration JAVA = new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);

    private final Set<String> services;
    private final Set<String> contacts;

    RuleInspector(Set<String> services, Set<String> contacts) {
        this.services = services;
        this.contacts = contacts;
    }

    /** The rules a file declares, when it is inside the language; its problems otherwise. */
    record Inspection(List<String> ruleNames, List<Problem> problems) {
    }

    Inspection inspect(RuleFile file) {
        return new FileInspection(file).run();
    }

    /** The state of one file's inspection: its problems and the names its rules bind. */
    private final class FileInspection {
        private final RuleFile file;
        private final String text;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> ruleNames = new ArrayList<>();

        FileInspection(RuleFile file) {
            this.file = file;
            this.text = file.text();
        }

        Inspection run() {
            if (file.content().length > RuleSetLimits.MAX_FILE_BYTES) {
                refuse(0, "Filen är större än " + RuleSetLimits.MAX_FILE_BYTES / 1024 + " KiB; dela upp reglerna i flera filer.",
                        "The file is larger than " + RuleSetLimits.MAX_FILE_BYTES / 1024 + " KiB; split the rules into several files.");
                return done();
            }
            int escape = text.indexOf("\\u");
            if (escape >= 0) {
                refuse(lineAt(escape), "Unicode-escape (\\u…) är inte tillåtet i en regelfil; skriv tecknet som det är.",
                        "Unicode escapes (\\u…) are not allowed in a rule file; write the character itself.");
                return done();
            }
            PackageDescr pkg = parse();
            if (pkg == null) {
                return done();
            }
            inspectPackage(pkg);
            for (RuleDescr rule : pkg.getRules()) {
                inspectRule(rule);
            }
            return done();
        }

        private Inspection done() {
            return new Inspection(List.copyOf(ruleNames), List.copyOf(problems));
        }

        private PackageDescr parse() {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, new StringReader(text));
            } catch (DroolsParserException e) {
                refuse(e.getLineNumber(), "Filen går inte att läsa som DRL: " + e.getMessage(),
                        "The file cannot be read as DRL: " + e.getMessage());
                return null;
            }
            if (parser.hasErrors()) {
                for (DroolsError error : parser.getErrors()) {
                    int line = error instanceof ParserError p ? p.getRow() : 0;
                    refuse(line, "Felaktig DRL: " + error.getMessage(), "Malformed DRL: " + error.getMessage());
                }
                return null;
            }
            return pkg;
        }

        private void inspectPackage(PackageDescr pkg) {
            for (ImportDescr imported : pkg.getImports()) {
                if (!RuleLanguage.IMPORTS.contains(imported.getTarget())) {
                    refuse(imported.getLine(), "import " + imported.getTarget() + " är inte tillåtet. En regelfil får bara "
                            + "importera regelvokabulären: " + String.join(", ", sorted(RuleLanguage.IMPORTS)),
                            "import " + imported.getTarget() + " is not allowed. A rule file may import only the rule "
                            + "vocabulary: " + String.join(", ", sorted(RuleLanguage.IMPORTS)));
                }
            }
            for (GlobalDescr global : pkg.getGlobals()) {
                if (!global.getIdentifier().equals(RuleLanguage.GLOBAL) || !RuleLanguage.isAdviceType(global.getType())) {
                    // CHECKSTYLE.OFF: RegexpSingleline - the message shows the one global a rule file may declare
                    refuse(global.getLine(), "Den enda globala variabeln är 'global se.lotsen.core.rules.Advice out;'.",
                            "The only global is 'global se.lotsen.core.rules.Advice out;'.");
                    // CHECKSTYLE.ON: RegexpSingleline
                }
            }
            pkg.getFunctions().forEach(f -> refuse(f.getLine(), "function " + f.getName()
                    + " är inte tillåtet: regler skriver bara villkor och anrop till out.",
                    "function " + f.getName() + " is not allowed: rules have conditions and calls to out only."));
            pkg.getFunctionImports().forEach(f -> refuse(f.getLine(), "import function är inte tillåtet.",
                    "import function is not allowed."));
            pkg.getAccumulateImports().forEach(a -> refuse(a.getLine(), "import accumulate är inte tillåtet.",
                    "import accumulate is not allowed."));
            pkg.getTypeDeclarations().forEach(t -> refuse(t.getLine(), "declare " + t.getTypeName()
                    + " är inte tillåtet: regler använder regelvokabulärens fakta.",
                    "declare " + t.getTypeName() + " is not allowed: rules use the vocabulary's facts."));
            pkg.getEnumDeclarations().forEach(t -> refuse(t.getLine(), "declare enum är inte tillåtet.",
                    "declare enum is not allowed."));
            pkg.getEntryPointDeclarations().forEach(t -> refuse(t.getLine(), "entry-point är inte tillåtet.",
                    "entry points are not allowed."));
            pkg.getWindowDeclarations().forEach(t -> refuse(t.getLine(), "window är inte tillåtet.",
                    "windows are not allowed."));
            pkg.getAttributes().forEach(a -> refuse(a.getLine(), "Attributet " + a.getName()
                    + " på paketnivå är inte tillåtet.", "The package attribute " + a.getName() + " is not allowed."));
            if (pkg.getUnit() != null) {
                refuse(pkg.getUnit().getLine(), "unit är inte tillåtet.", "unit is not allowed.");
            }
        }

        private void inspectRule(RuleDescr rule) {
            if (rule.isQuery()) {
                refuse(rule.getLine(), "query " + rule.getName() + " är inte tillåtet.", "query " + rule.getName() + " is not allowed.");
                return;
            }
            ruleNames.add(rule.getName());
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                if (!RuleLanguage.ATTRIBUTES.contains(attribute.getName())) {
                    refuse(attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), "Regeln " + rule.getName()
                            + " har attributet " + attribute.getName() + ", som inte är tillåtet (bara salience och no-loop).",
                            "Rule " + rule.getName() + " has the attribute " + attribute.getName()
                            + ", which is not allowed (only salience and no-loop).");
                } else if (attribute.getName().equals("salience") && !attribute.getValue().strip().matches("-?\\d{1,6}")) {
                    refuse(rule.getLine(), "salience i " + rule.getName() + " måste vara ett heltal.",
                            "salience in " + rule.getName() + " must be a whole number.");
                }
            }
            if (!rule.getAnnotations().isEmpty()) {
                refuse(rule.getLine(), "Annoteringar (@…) på regeln " + rule.getName() + " är inte tillåtna.",
                        "Annotations (@…) on rule " + rule.getName() + " are not allowed.");
            }
            if (rule.hasParent()) {
                refuse(rule.getLine(), "extends på regeln " + rule.getName() + " är inte tillåtet.",
                        "extends on rule " + rule.getName() + " is not allowed.");
            }
            if (!rule.getNamedConsequences().isEmpty()) {
                refuse(rule.getLine(), "Namngivna konsekvenser (then[…]) är inte tillåtna.", "Named consequences (then[…]) are not allowed.");
            }
            Map<String, Class<?>> facts = new HashMap<>();
            Set<String> values = new HashSet<>();
            int[] patterns = new int[2];
            inspectCondition(rule, rule.getLhs(), facts, values, patterns);
            if (patterns[0] > RuleSetLimits.MAX_PATTERNS_PER_RULE || patterns[1] > RuleSetLimits.MAX_NEED_PATTERNS_PER_RULE) {
                refuse(rule.getLine(), "Regeln " + rule.getName() + " har för många mönster (högst "
                        + RuleSetLimits.MAX_PATTERNS_PER_RULE + ", varav högst " + RuleSetLimits.MAX_NEED_PATTERNS_PER_RULE
                        + " på NeedFact): dela upp den.", "Rule " + rule.getName() + " has too many patterns (at most "
                        + RuleSetLimits.MAX_PATTERNS_PER_RULE + ", at most " + RuleSetLimits.MAX_NEED_PATTERNS_PER_RULE
                        + " on NeedFact): split it.");
            }
            inspectConsequence(rule, facts, values);
        }

        private void inspectCondition(RuleDescr rule, BaseDescr descr, Map<String, Class<?>> facts, Set<String> values,
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
                refuse(descr.getLine(), "Regeln " + rule.getName() + " använder " + what + ", som inte är tillåtet i ett "
                        + "villkor (bara mönster på " + RuleLanguage.factNames() + " med and, or, not, exists, forall).",
                        "Rule " + rule.getName() + " uses " + what + ", which is not allowed in a condition (only patterns on "
                        + RuleLanguage.factNames() + " with and, or, not, exists, forall).");
                return;
            }
            patterns[0]++;
            Class<?> type = RuleLanguage.factType(pattern.getObjectType());
            if (type == null) {
                refuse(pattern.getLine(), "Regeln " + rule.getName() + " matchar " + pattern.getObjectType()
                        + ", som inte är ett fakta i regelvokabulären (" + RuleLanguage.factNames() + ").",
                        "Rule " + rule.getName() + " matches " + pattern.getObjectType()
                        + ", which is not a fact of the rule vocabulary (" + RuleLanguage.factNames() + ").");
                return;
            }
            if (type == NeedFact.class) {
                patterns[1]++;
            }
            if (pattern.getSource() != null || pattern.isQuery()) {
                refuse(pattern.getLine(), "Regeln " + rule.getName() + " hämtar fakta med from, accumulate, collect eller "
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
                    refuse(constraint.getLine(), "Ett villkor i " + rule.getName() + " har en form som inte är tillåten.",
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
                refuse(line, "Villkoret '" + constraint.getExpression() + "' i " + rule.getName() + " går inte att läsa.",
                        "The constraint '" + constraint.getExpression() + "' in " + rule.getName() + " cannot be read.");
                return;
            }
            inspectConstraintPart(rule, line, parsed, type, facts, values);
        }

        private void inspectConstraintPart(RuleDescr rule, int line, BaseDescr part, Class<?> type,
                                           Map<String, Class<?>> facts, Set<String> values) {
            if (part instanceof ConstraintConnectiveDescr connective) {
                connective.getDescrs().forEach(d -> inspectConstraintPart(rule, line, d, type, facts, values));
            } else if (part instanceof RelationalExprDescr relation) {
                if (!RuleLanguage.OPERATORS.contains(relation.getOperator()) || relation.isNegated()) {
                    refuse(line, "Operatorn '" + relation.getOperator() + "' i " + rule.getName() + " är inte tillåten; "
                            + "jämför med ==, !=, <, <=, >, >= eller in.", "The operator '" + relation.getOperator()
                            + "' in " + rule.getName() + " is not allowed; compare with ==, !=, <, <=, >, >= or in.");
                    return;
                }
                inspectConstraintPart(rule, line, relation.getLeft(), type, facts, values);
                inspectConstraintPart(rule, line, relation.getRight(), type, facts, values);
            } else if (part instanceof AtomicExprDescr atomic) {
                Expression expression = parseExpression(rule, line, atomic.getExpression());
                if (expression != null) {
                    new ExpressionCheck(rule, line, type, facts, values, Set.of()).check(expression);
                }
            } else if (part instanceof BindingDescr binding) {
                String bound = binding.getExpression() == null ? "" : binding.getExpression().strip();
                Integer arity = RuleLanguage.FACTS.get(type).get(bound);
                if (!bound.equals("this") && (arity == null || arity != 0)) {
                    refuse(line, "'" + binding.getVariable() + " : " + bound + "' i " + rule.getName() + " binder inget ord hos "
                            + type.getSimpleName() + " (" + RuleLanguage.wordsOf(type) + ").", "'" + binding.getVariable()
                            + " : " + bound + "' in " + rule.getName() + " binds no word of " + type.getSimpleName()
                            + " (" + RuleLanguage.wordsOf(type) + ").");
                } else if (bound.equals("this")) {
                    facts.put(binding.getVariable(), type);
                } else {
                    values.add(binding.getVariable());
                }
            } else {
                refuse(line, "Ett villkor i " + rule.getName() + " har en form som inte är tillåten.",
                        "A constraint in " + rule.getName() + " has a form that is not allowed.");
            }
        }

        private void inspectConsequence(RuleDescr rule, Map<String, Class<?>> facts, Set<String> values) {
            String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString().strip();
            int firstLine = consequenceLine(rule, consequence);
            BlockStmt block;
            try {
                block = new JavaParser(JAVA).parseBlock("{\n" + consequence + "\n}").getResult()
                        .orElseThrow(() -> new ParseProblemException(List.of()));
            } catch (ParseProblemException | NoSuchElementException e) {
                refuse(firstLine, "Konsekvensen i " + rule.getName() + " går inte att läsa som anrop till out.",
                        "The consequence of " + rule.getName() + " cannot be read as calls to out.");
                return;
            }
            Set<String> ruleNameLocals = new HashSet<>();
            int calls = 0;
            for (Statement statement : block.getStatements()) {
                int line = firstLine + statement.getBegin().map(p -> p.line).orElse(2) - 2;
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
                    refuse(line, "Konsekvensen i " + rule.getName() + " får bara anropa out (route, safeguard, contact, "
                            + "escalate, note, interpreter), inte: " + firstLineOf(statement),
                            "The consequence of " + rule.getName() + " may only call out (route, safeguard, contact, "
                            + "escalate, note, interpreter), not: " + firstLineOf(statement));
                }
            }
            if (calls == 0 && problems.isEmpty()) {
                refuse(firstLine, "Regeln " + rule.getName() + " säger ingenting: anropa out.route, out.safeguard eller out.note.",
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
                from = text.indexOf('\n', from) + 1;
            }
            int found = text.indexOf(consequence.substring(0, Math.min(40, consequence.length())), Math.max(from, 0));
            return found < 0 ? thenLine : lineAt(found);
        }

        private void inspectCall(RuleDescr rule, int line, MethodCallExpr call, Map<String, Class<?>> facts,
                                 Set<String> values, Set<String> ruleNameLocals) {
            String method = call.getNameAsString();
            Integer arity = RuleLanguage.ADVICE.get(method);
            if (arity == null || arity != call.getArguments().size()) {
                refuse(line, "out." + method + " med " + call.getArguments().size() + " argument finns inte; out har "
                        + describeAdvice() + ".", "out." + method + " with " + call.getArguments().size()
                        + " arguments does not exist; out has " + describeAdvice() + ".");
                return;
            }
            Expression ruleArgument = call.getArgument(0);
            if (!ruleArgument.toString().equals(RuleLanguage.RULE_NAME) && !(ruleArgument instanceof NameExpr n
                    && ruleNameLocals.contains(n.getNameAsString()))) {
                refuse(line, "Första argumentet till out." + method + " ska vara drools.getRule().getName(), så att "
                        + "steget kan förklaras med regelns namn.", "The first argument of out." + method
                        + " must be drools.getRule().getName(), so the step is explained by the rule's name.");
            }
            Integer serviceArgument = RuleLanguage.SERVICE_ARGUMENT.get(method);
            if (serviceArgument != null) {
                Expression service = call.getArgument(serviceArgument);
                if (!(service instanceof StringLiteralExpr literal)) {
                    refuse(line, "Tjänsten i out." + method + " ska skrivas som ett id inom citattecken, t.ex. \"BVC_NURSE\".",
                            "The service in out." + method + " must be written as an id in quotes, such as \"BVC_NURSE\".");
                } else if (!services.contains(literal.getValue())) {
                    refuse(line, "Tjänsten \"" + literal.getValue() + "\" finns inte i catalog/services.yaml.",
                            "The service \"" + literal.getValue() + "\" is not in catalog/services.yaml.");
                }
            }
            Integer contactArgument = RuleLanguage.CONTACT_ARGUMENT.get(method);
            if (contactArgument != null) {
                Expression contact = call.getArgument(contactArgument);
                if (!(contact instanceof StringLiteralExpr literal) || !contacts.contains(literal.getValue())) {
                    refuse(line, "Kontakten " + contact + " finns inte i ruleset.yaml (safeguarding.contacts): "
                            + String.join(", ", sorted(contacts)) + ".", "The contact " + contact
                            + " is not in ruleset.yaml (safeguarding.contacts): " + String.join(", ", sorted(contacts)) + ".");
                }
            }
            ExpressionCheck check = new ExpressionCheck(rule, line, null, facts, values, ruleNameLocals);
            call.getArguments().forEach(check::check);
        }

        private Expression parseExpression(RuleDescr rule, int line, String expression) {
            try {
                return new JavaParser(JAVA).parseExpression(expression).getResult()
                        .orElseThrow(() -> new ParseProblemException(List.of()));
            } catch (ParseProblemException | NoSuchElementException e) {
                refuse(line, "'" + expression + "' i " + rule.getName() + " går inte att läsa.",
                        "'" + expression + "' in " + rule.getName() + " cannot be read.");
                return null;
            }
        }

        private void refuse(int line, String sv, String en) {
            problems.add(Problem.of(file.path(), line, sv, en));
        }

        private int lineAt(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        /**
         * Checks one expression in a constraint (with the pattern's type) or a consequence argument
         * (type null): literals, the codes, the facts' words, bound names, arithmetic and comparison.
         */
        private final class ExpressionCheck {
            private final RuleDescr rule;
            private final int line;
            private final Class<?> pattern;
            private final Map<String, Class<?>> facts;
            private final Set<String> values;
            private final Set<String> ruleNameLocals;

            ExpressionCheck(RuleDescr rule, int line, Class<?> pattern, Map<String, Class<?>> facts, Set<String> values,
                            Set<String> ruleNameLocals) {
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
                    refuse(line, "'" + name + "' i " + rule.getName() + " är inget ord hos " + pattern.getSimpleName()
                            + ". Orden är: " + RuleLanguage.wordsOf(pattern) + ".", "'" + name + "' in " + rule.getName()
                            + " is not a word of " + pattern.getSimpleName() + ". The words are: " + RuleLanguage.wordsOf(pattern) + ".");
                } else {
                    refuse(line, "'" + name + "' i " + rule.getName() + " är inte bundet i regelns villkor.",
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
                        refuse(line, codes.getSimpleName() + "." + constant + " i " + rule.getName() + " finns inte. "
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
                refuse(line, "'" + e + "' i " + rule.getName() + " är inte tillåtet. En regel läser bara fakta ("
                        + RuleLanguage.factNames() + "), koder och text, och anropar bara out.", "'" + e + "' in "
                        + rule.getName() + " is not allowed. A rule reads only facts (" + RuleLanguage.factNames()
                        + "), codes and text, and calls only out.");
            }
        }
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

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
