package se.lotsen.core.internal;

import com.github.javaparser.ParserConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/** One rule file under inspection: its text and the refusals found so far, each with the file and line. */
final class InspectedFile {
    /** Consequences and constraint expressions are read as Java 17, the language Drools compiles them in. */
    static final ParserConfiguration JAVA = new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);

    private final RuleFile file;
    private final String text;
    private final List<Problem> problems = new ArrayList<>();

    InspectedFile(RuleFile file) {
        this.file = file;
        this.text = file.text();
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
