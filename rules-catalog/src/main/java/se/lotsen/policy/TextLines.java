package se.lotsen.policy;

import java.util.regex.Pattern;

/**
 * Finds the line a problem belongs to in an author's file. A name is matched as a whole token, never as
 * part of a longer one ("sleep" is not found in "sleep-severe"), and text after a YAML comment mark is
 * not read.
 */
public final class TextLines {
    private static final String NAME_CHAR = "[\\p{L}\\p{N}_-]";

    private TextLines() {
    }

    /** The 1-based line of the first whole-token occurrence of {@code near}, or 0. */
    public static int lineOf(String text, String near) {
        if (text == null || near == null || near.isEmpty()) {
            return 0;
        }
        Pattern token = Pattern.compile((startsWithNameChar(near) ? "(?<!" + NAME_CHAR + ")" : "") + Pattern.quote(near)
                + (endsWithNameChar(near) ? "(?!" + NAME_CHAR + ")" : ""));
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (token.matcher(uncommented(lines[i])).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The 1-based line of the {@code occurrence}-th (0-based) YAML entry {@code key: value} (the value bare
     * or quoted, as a list item or not), or 0.
     */
    public static int lineOfEntry(String text, String key, String value, int occurrence) {
        if (text == null || value == null) {
            return 0;
        }
        Pattern entry = Pattern.compile("^\\s*(?:-\\s+)?" + Pattern.quote(key) + ":\\s*([\"']?)" + Pattern.quote(value) + "\\1\\s*$");
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (entry.matcher(uncommented(lines[i]).stripTrailing()).matches() && seen++ == occurrence) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String uncommented(String line) {
        int hash = line.indexOf(" #");
        return line.startsWith("#") ? "" : hash < 0 ? line : line.substring(0, hash);
    }

    private static boolean startsWithNameChar(String s) {
        return s.substring(0, 1).matches(NAME_CHAR);
    }

    private static boolean endsWithNameChar(String s) {
        return s.substring(s.length() - 1).matches(NAME_CHAR);
    }
}
