package se.lotsen.core.internal;

import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * Reads a rule file's characters once, before any parser sees them, and refuses what two parsers
 * could read differently: Java text blocks and char literals (Drools' macro processor does not know
 * them), single-quoted strings, backslashes outside a string, escapes other than {@code \"},
 * {@code \\} and {@code \'}, lone carriage returns, control and invisible formatting characters
 * (NUL, bidirectional overrides, U+2028), and nesting deeper than {@link RuleSetLimits#MAX_NESTING}
 * (the DRL parser and JavaParser recurse per level and overflow the stack at a few hundred), chains of more
 * than {@link RuleSetLimits#MAX_OPERATORS} operators at one level (a parsed chain is as deep as it is long), and
 * casts, which the DRL parser reads by backtracking in time that doubles with every cast.
 *
 * <p>The scan is linear and keeps no state but a few counters, so a hostile file cannot make it
 * expensive. It stops at the first refusal: what follows may be read differently from there on.
 */
final class DrlSourceScan {
    private enum Mode { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING }

    private static final String OPERATORS = "+-*/%&|^?:<>=!.~";

    private final InspectedFile file;
    private final String text;

    DrlSourceScan(InspectedFile file) {
        this.file = file;
        this.text = file.text();
    }

    /** @return true when the file may be parsed */
    boolean scan() {
        Mode mode = Mode.CODE;
        int line = 1;
        int depth = 0;
        int[] operators = new int[RuleSetLimits.MAX_NESTING + 1];
        // what a cast looks like: a bracket that holds only a (dotted) name, not right after a name, then an operand
        boolean[] castable = new boolean[RuleSetLimits.MAX_NESTING + 1];
        boolean[] nameOnly = new boolean[RuleSetLimits.MAX_NESTING + 1];
        boolean[] named = new boolean[RuleSetLimits.MAX_NESTING + 1];
        boolean afterNameGroup = false;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\n') {
                if (mode == Mode.STRING) {
                    return refuse(line, "En text inom citattecken måste sluta på samma rad.",
                            "A text in quotes must end on the line it starts on.");
                }
                line++;
                mode = mode == Mode.LINE_COMMENT ? Mode.CODE : mode;
                continue;
            }
            if (!allowedCharacter(c, next)) {
                return refuse(line, "Tecknet U+" + hex(c) + " är inte tillåtet i en regelfil (styrtecken, osynliga "
                        + "formateringstecken och ensamma radslut kan läsas olika av olika läsare).",
                        "The character U+" + hex(c) + " is not allowed in a rule file (control characters, invisible "
                        + "formatting characters and lone line ends can be read differently by different readers).");
            }
            switch (mode) {
                case LINE_COMMENT -> {
                }
                case BLOCK_COMMENT -> {
                    if (c == '*' && next == '/') {
                        mode = Mode.CODE;
                        i++;
                    }
                }
                case STRING -> {
                    if (c == '\\') {
                        if (next != '"' && next != '\\' && next != '\'') {
                            return refuse(line, "Inom en text är bara \\\" och \\\\ tillåtna efter ett omvänt snedstreck.",
                                    "Inside a text only \\\" and \\\\ are allowed after a backslash.");
                        }
                        i++;
                    } else if (c == '"') {
                        mode = Mode.CODE;
                    }
                }
                case CODE -> {
                    if (Character.isWhitespace(c)) {
                        continue;
                    }
                    if (afterNameGroup && (Character.isJavaIdentifierPart(c) || c == '"' || c == '(' || c == '!' || c == '~')) {
                        return refuse(line, "Typomvandlingar som (String) finns inte i regelspråket (Drools läser dem så "
                                + "långsamt att en fil kan hålla en processor i timmar).", "Casts such as (String) are not "
                                + "in the rule language (Drools reads them so slowly that one file can hold a processor for hours).");
                    }
                    afterNameGroup = false;
                    if (c == '/' && next == '/') {
                        mode = Mode.LINE_COMMENT;
                        i++;
                        continue;
                    } else if (c == '/' && next == '*') {
                        mode = Mode.BLOCK_COMMENT;
                        i++;
                        continue;
                    } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                        return refuse(line, "Textblock (\"\"\") är inte tillåtna i en regelfil; skriv texten inom vanliga citattecken.",
                                "Text blocks (\"\"\") are not allowed in a rule file; write the text in ordinary quotes.");
                    } else if (c == '"') {
                        mode = Mode.STRING;
                    } else if (c == '\'') {
                        return refuse(line, "Apostrof utanför en text är inte tillåten: skriv texter inom \"dubbla citattecken\".",
                                "An apostrophe outside a text is not allowed: write texts in \"double quotes\".");
                    } else if (c == '\\') {
                        return refuse(line, "Omvänt snedstreck (\\) är bara tillåtet inom en text.",
                                "A backslash (\\) is allowed only inside a text.");
                    } else if (OPERATORS.indexOf(c) >= 0 && ++operators[depth] > RuleSetLimits.MAX_OPERATORS) {
                        return refuse(line, "Uttrycket har fler än " + RuleSetLimits.MAX_OPERATORS + " operatorer i rad; dela upp det.",
                                "The expression has more than " + RuleSetLimits.MAX_OPERATORS + " operators in a row; split it.");
                    } else if (c == ',' || c == ';') {
                        operators[depth] = 0;
                    } else if (c == '(' || c == '[' || c == '{') {
                        nameOnly[depth] = false;
                        depth++;
                        if (depth > RuleSetLimits.MAX_NESTING) {
                            return refuse(line, "Uttrycket är nästlat i mer än " + RuleSetLimits.MAX_NESTING
                                    + " nivåer av parenteser; dela upp det.", "The expression is nested more than "
                                    + RuleSetLimits.MAX_NESTING + " levels of brackets deep; split it.");
                        }
                        // a bracket right after a name or a closing bracket is a call or a pattern, never a cast
                        castable[depth] = c == '(' && !(Character.isJavaIdentifierPart(previous) || previous == ')' || previous == ']');
                        nameOnly[depth] = true;
                        named[depth] = false;
                    } else if (c == ')' || c == ']' || c == '}') {
                        afterNameGroup = c == ')' && castable[depth] && nameOnly[depth] && named[depth];
                        operators[depth] = 0;
                        depth = Math.max(0, depth - 1);
                    }
                    if (Character.isJavaIdentifierPart(c)) {
                        named[depth] = true;
                    } else if ("().[]{}".indexOf(c) < 0) {
                        nameOnly[depth] = false;
                    }
                    previous = c;
                }
                default -> throw new IllegalStateException(mode.name());
            }
        }
        if (mode == Mode.BLOCK_COMMENT) {
            return refuse(line, "En kommentar /* … */ slutar aldrig.", "A comment /* … */ never ends.");
        }
        return true;
    }

    private static boolean allowedCharacter(char c, char next) {
        if (c == '\t') {
            return true;
        }
        if (c == '\r') {
            return next == '\n';
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return false;
        }
        // Surrogates stay: a file decoded from UTF-8 holds them only in pairs (an emoji in a text).
        int type = Character.getType(c);
        return type != Character.FORMAT && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    private boolean refuse(int line, String sv, String en) {
        file.refuse(line, sv, en);
        return false;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
