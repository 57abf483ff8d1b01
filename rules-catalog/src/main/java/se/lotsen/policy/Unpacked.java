package se.lotsen.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.lotsen.core.ruleset.RuleSetLimits;
import se.lotsen.policy.tables.XlsxBudget;

/**
 * Files taken from an archive or an upload, checked one by one: a name that could leave the rule set,
 * a file twice, a file too large, or an archive that unpacks too far (the upload, or a spreadsheet in
 * it: {@link XlsxBudget}) is refused before it is kept.
 */
final class Unpacked {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_FILES = 2000;

    private final String what;
    private final Map<String, byte[]> files = new TreeMap<>();
    private long total;
    private int entries;

    Unpacked(String what) {
        this.what = what;
    }

    /**
     * Every entry counts towards the limits, also a directory or a hidden file that is then left out: otherwise
     * a small zip of many left-out entries would inflate without bound.
     *
     * @param content null for a directory entry; at most one byte over the file limit is ever read
     */
    void add(String name, byte[] content) {
        String unsafe = unsafeName(name);
        if (unsafe != null) {
            throw new IllegalArgumentException(what + " holds an entry named '" + printable(name) + "': " + unsafe);
        }
        entries++;
        total += content == null ? 0 : content.length;
        if (total > MAX_BYTES || entries > MAX_FILES) {
            throw new IllegalArgumentException(what + " unpacks to more than " + MAX_BYTES
                    + " bytes or " + MAX_FILES + " files");
        }
        if (content == null || isHidden(name)) {
            return;
        }
        if (content.length > RuleSetLimits.MAX_FILE_BYTES) {
            throw new IllegalArgumentException("the file " + name + " in " + what + " is larger than "
                    + RuleSetLimits.MAX_FILE_BYTES / 1024 + " KiB");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            XlsxBudget.overBudget(name, content).ifPresent(refusal -> {
                throw new IllegalArgumentException(refusal.en());
            });
        }
        if (files.put(name, content) != null) {
            throw new IllegalArgumentException(what + " holds " + name + " twice; a rule set has each file once");
        }
    }

    Map<String, byte[]> files() {
        if (files.isEmpty()) {
            throw new IllegalArgumentException(what + " holds no files");
        }
        return stripTopFolder(files);
    }

    /** Why an entry name is not safe to take, or null. */
    static String unsafeName(String name) {
        if (name.isEmpty() || name.length() > 300) {
            return "an empty or very long name";
        }
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            return "an absolute path or a backslash";
        }
        if (List.of(name.split("/")).contains("..")) {
            return "a path that leaves the rule set (..)";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "a control character";
        }
        return null;
    }

    static boolean isHidden(String name) {
        return name.startsWith(".") || name.contains("/.") || name.startsWith("__MACOSX/");
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    /** A zip of a folder holds "myruleset/ruleset.yaml": the rule set starts inside that folder. */
    private static Map<String, byte[]> stripTopFolder(Map<String, byte[]> files) {
        if (files.containsKey(RuleSetFiles.MANIFEST)) {
            return files;
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String top = first.substring(0, slash + 1);
        if (!files.containsKey(top + RuleSetFiles.MANIFEST) || !files.keySet().stream().allMatch(p -> p.startsWith(top))) {
            return files;
        }
        Map<String, byte[]> inner = new TreeMap<>();
        files.forEach((p, b) -> inner.put(p.substring(top.length()), b));
        return inner;
    }
}
