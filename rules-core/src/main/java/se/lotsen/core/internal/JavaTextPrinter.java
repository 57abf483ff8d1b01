package se.lotsen.core.internal;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prints the Java of the closed rule language from checked JavaParser trees: literals, names, codes,
 * the facts' words, arithmetic, comparison and the conditional operator. Every other node is refused,
 * so a construct the checks did not look at can never be printed. Texts are re-escaped here: a printed
 * text holds no backslash but before {@code "} and {@code \}, and no character a reader could take for
 * a line end or an escape; every operand that is itself an operation is put in brackets, so the printed
 * text reads back as the same tree whatever the author's spacing, comments or brackets were.
 */
final class JavaTextPrinter {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<UnaryExpr.Operator> UNARY = EnumSet.of(UnaryExpr.Operator.LOGICAL_COMPLEMENT,
            UnaryExpr.Operator.MINUS, UnaryExpr.Operator.PLUS);
    private static final Set<BinaryExpr.Operator> BINARY = EnumSet.of(BinaryExpr.Operator.OR, BinaryExpr.Operator.AND,
            BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS, BinaryExpr.Operator.GREATER,
            BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER_EQUALS, BinaryExpr.Operator.PLUS,
            BinaryExpr.Operator.MINUS, BinaryExpr.Operator.MULTIPLY);

    /** A part of a rule that the printer will not print, with the reason for the author. */
    static final class Unprintable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String sv;
        final String en;

        Unprintable(String sv, String en) {
            super(en, null, false, false);
            this.sv = sv;
            this.en = en;
        }
    }

    private JavaTextPrinter() {
    }

    static String expression(Expression e) {
        StringBuilder out = new StringBuilder();
        print(e, out);
        return out.toString();
    }

    private static void print(Expression e, StringBuilder out) {
        if (e instanceof EnclosedExpr enclosed) {
            print(enclosed.getInner(), out);
        } else if (e instanceof StringLiteralExpr literal) {
            out.append(text(literal.asString()));
        } else if (e instanceof IntegerLiteralExpr literal) {
            out.append(wholeNumber(literal));
        } else if (e instanceof BooleanLiteralExpr literal) {
            out.append(literal.getValue());
        } else if (e instanceof NullLiteralExpr) {
            out.append("null");
        } else if (e instanceof NameExpr name) {
            out.append(identifier(name.getNameAsString()));
        } else if (e instanceof FieldAccessExpr access) {
            print(access.getScope(), out);
            out.append('.').append(identifier(access.getNameAsString()));
        } else if (e instanceof MethodCallExpr call && call.getTypeArguments().isEmpty()) {
            call.getScope().ifPresent(scope -> {
                operand(scope, out);
                out.append('.');
            });
            out.append(identifier(call.getNameAsString())).append('(');
            out.append(call.getArguments().stream().map(JavaTextPrinter::expression).collect(Collectors.joining(", ")));
            out.append(')');
        } else if (e instanceof UnaryExpr unary && UNARY.contains(unary.getOperator())) {
            out.append(unary.getOperator().asString());
            operand(unary.getExpression(), out);
        } else if (e instanceof BinaryExpr binary && BINARY.contains(binary.getOperator())) {
            operand(binary.getLeft(), out);
            out.append(' ').append(binary.getOperator().asString()).append(' ');
            operand(binary.getRight(), out);
        } else if (e instanceof ConditionalExpr conditional) {
            operand(conditional.getCondition(), out);
            out.append(" ? ");
            operand(conditional.getThenExpr(), out);
            out.append(" : ");
            operand(conditional.getElseExpr(), out);
        } else {
            throw new Unprintable("'" + e + "' kan inte skrivas i regelspråket.", "'" + e + "' cannot be written in the rule language.");
        }
    }

    /** An operand that is an operation gets brackets, so precedence never depends on the author's text. */
    private static void operand(Expression e, StringBuilder out) {
        Expression inner = e;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        boolean operation = inner instanceof BinaryExpr || inner instanceof ConditionalExpr || inner instanceof UnaryExpr;
        if (operation) {
            out.append('(');
        }
        print(inner, out);
        if (operation) {
            out.append(')');
        }
    }

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new Unprintable("Namnet '" + name + "' får bara ha bokstäverna a–z och A–Z, siffror, _ och $.",
                    "The name '" + name + "' may have only the letters a–z and A–Z, digits, _ and $.");
        }
        return name;
    }

    /** A text as Lotsen writes it: in double quotes, with only {@code \"} and {@code \\} escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                throw new Unprintable("En text innehåller tecknet U+" + String.format("%04X", (int) c) + ", som inte är tillåtet.",
                        "A text holds the character U+" + String.format("%04X", (int) c) + ", which is not allowed.");
            }
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static String wholeNumber(IntegerLiteralExpr literal) {
        Number value;
        try {
            value = literal.asNumber();
        } catch (NumberFormatException e) {
            value = null;
        }
        // JavaParser reads 2147483648 (valid only after a minus) as Integer.MIN_VALUE; printed back it would be negative
        if (value instanceof Integer whole && !(whole == Integer.MIN_VALUE && !literal.getValue().startsWith("-"))) {
            return Integer.toString(whole);
        }
        throw new Unprintable("Talet " + literal + " är inte ett heltal som regelspråket kan läsa.",
                "The number " + literal + " is not a whole number the rule language can read.");
    }
}
