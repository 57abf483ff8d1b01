package se.lotsen.core.internal;

import com.github.javaparser.ParserConfiguration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * One rule file under inspection: its text, the refusals found so far (each with the file and line), and the
 * trees the checks parsed, which are what {@link DrlPrinter} prints: Drools compiles the checked trees, never the
 * author's characters.
 */
final class InspectedFile {
    /** Some editors start a UTF-8 file with a byte-order mark; it is not part of the rules. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** Consequences and constraint expressions are read as Java 17, the language Drools compiles them in. */
    static final ParserConfiguration JAVA = new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);

    private final RuleFile file;
    private final String text;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Object, Object> parsed = new IdentityHashMap<>();

    InspectedFile(RuleFile file) {
        this.file = file;
        String read = file.text();
        this.text = read.startsWith(BYTE_ORDER_MARK) ? read.substring(1) : read;
    }

    String path() {
        return file.path();
    }

    /** Remembers the tree a check parsed from one part of the DRL (a constraint, an expression, a consequence). */
    void parsed(Object part, Object tree) {
        parsed.put(part, tree);
    }

    /** The tree parsed from a part; a part that no check parsed was not checked, and is never printed. */
    <T> T parsedOf(Object part, Class<T> type) {
        Object tree = parsed.get(part);
        if (!type.isInstance(tree)) {
            throw new IllegalStateException("no checked " + type.getSimpleName() + " for " + part);
        }
        return type.cast(tree);
    }

    String text() {
        return text;
    }

    int size() {
        return file.content().length;
    }

    void refuse(int line, String sv, String en) {
        problems.add(Problem.of(file.path(), line, sv, en));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The line (from 1) that the character at {@code offset} is on. */
    int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
