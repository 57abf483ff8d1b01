package se.lotsen.policy.tables;

import java.util.Map;
import se.lotsen.core.Labelled;
import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * A table row's cells read by column, the same way in the routing sheet and the Scenarier sheet: the text (refused
 * past the cell limit), a word from a column's list, Ja/Nej. Each problem goes to the row's reader, which names the
 * row and the column in its own words.
 *
 * @param <C> the table's columns
 */
final class Cells<C> {
    /** Where a cell's problem goes: the column, and what is wrong in Swedish and English. */
    interface Problems<C> {
        void add(C column, String sv, String en);
    }

    private final Map<C, Integer> columns;
    private final TableLine line;
    private final Problems<C> problems;

    Cells(Map<C, Integer> columns, TableLine line, Problems<C> problems) {
        this.columns = columns;
        this.line = line;
        this.problems = problems;
    }

    /** The cell's text, stripped; empty when the column is not in the table or the cell is longer than a cell may be. */
    String text(C column) {
        Integer index = columns.get(column);
        if (index == null) {
            return "";
        }
        String cell = line.cell(index);
        if (cell.length() > RuleSetLimits.MAX_CELL_CHARS) {
            problems.add(column, "har " + cell.length() + " tecken; högst " + RuleSetLimits.MAX_CELL_CHARS,
                    "has " + cell.length() + " characters; at most " + RuleSetLimits.MAX_CELL_CHARS);
            return "";
        }
        return cell;
    }

    /** The code the cell's word names; null when it is empty (a problem if it is required) or not a word of the list. */
    <E extends Enum<E> & Labelled> E code(C column, Words<E> words, boolean required) {
        String cell = text(column);
        if (cell.isEmpty()) {
            if (required) {
                problems.add(column, "är tom. Skriv ett av: " + words.allowed(), "is empty. Write one of: " + words.allowed());
            }
            return null;
        }
        E value = words.read(cell);
        if (value == null) {
            problems.add(column, "\"" + cell + "\" känns inte igen. Skriv ett av: " + words.allowed(),
                    "\"" + cell + "\" is not known. Write one of: " + words.allowed());
        }
        return value;
    }

    /** Ja or Nej; null when empty, which means what {@code emptySv}/{@code emptyEn} say ("gäller alla", "prövas inte"). */
    Boolean yesNo(C column, String emptySv, String emptyEn) {
        String cell = text(column);
        if (cell.isEmpty()) {
            return null;
        }
        Boolean value = Column.YES_NO.get(Words.normal(cell));
        if (value == null) {
            problems.add(column, "\"" + cell + "\" ska vara Ja, Nej eller tom (" + emptySv + ")",
                    "\"" + cell + "\" must be Yes, No or empty (" + emptyEn + ")");
        }
        return value;
    }
}
