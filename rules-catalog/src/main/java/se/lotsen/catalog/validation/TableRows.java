package se.lotsen.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * Drools reports a decision-table error at a line of the rules it generated from the table; a
 * policy owner needs the table's own row. Rows are found by the rule name the error mentions.
 */
final class TableRows {
    private TableRows() {
    }

    static List<Problem> remap(RuleSetFiles files, List<Problem> problems) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            String text = p.path().endsWith(".drl.csv") ? files.text(p.path()) : null;
            out.add(text == null ? p : remap(p, text));
        }
        return out;
    }

    private static Problem remap(Problem problem, String csv) {
        String[] lines = csv.split("\n", -1);
        if (problem.line() > 0 && problem.line() <= lines.length) {
            String name = firstCell(lines[problem.line() - 1]);
            return name.isEmpty() ? problem : new Problem(problem.path(), problem.line(), "row " + name + ": " + problem.message());
        }
        for (int i = 0; i < lines.length; i++) {
            String name = firstCell(lines[i]);
            if (name.length() > 2 && problem.message().contains(name)) {
                return new Problem(problem.path(), i + 1, "row " + name + ": " + problem.message());
            }
        }
        return problem;
    }

    private static String firstCell(String line) {
        int comma = line.indexOf(',');
        String cell = comma < 0 ? line : line.substring(0, comma);
        return cell.replace("\"", "").strip();
    }
}
