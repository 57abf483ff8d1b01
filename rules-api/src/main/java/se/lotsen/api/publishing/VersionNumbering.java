package se.lotsen.api.publishing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lotsen.api.db.PublishedRuleSet;
import se.lotsen.policy.RuleSetFiles;

/**
 * Versions by themselves: a policy owner publishes what she changed without raising {@code version} in
 * ruleset.yaml. A version its author wrote that is not stored yet is kept (as before). Otherwise the
 * content decides: content already stored (under the version written, or one Lotsen gave it) is that
 * version; new content gets the next date-based version, year.month.number ({@code 2026.12.3}),
 * written into its ruleset.yaml.
 */
final class VersionNumbering {
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:[^\\n]*$");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:[^\\n]*\\n");

    private VersionNumbering() {
    }

    /**
     * What to publish.
     *
     * @param files     the files to validate and store (with the version written in, when it was given one)
     * @param identical the stored version with this very content, or null
     */
    record Decision(RuleSetFiles files, PublishedRuleSet identical) {
    }

    /** @param stored every stored version (of any rule set; only the ones with this id count) */
    static Decision decide(RuleSetFiles files, List<PublishedRuleSet> stored, LocalDate today) {
        List<PublishedRuleSet> same = stored.stream().filter(s -> s.ruleSetId().equals(files.id())).toList();
        String written = files.version();
        if (!"?".equals(written) && same.stream().noneMatch(s -> s.version().equals(written))) {
            return new Decision(files, null);
        }
        // the version was not raised: the content decides whether this is a version already stored or the next one
        for (PublishedRuleSet s : same) {
            if (withVersion(files, s.version()).hash().equals(s.hash())) {
                return new Decision(files, s);
            }
        }
        return new Decision(withVersion(files, next(same, today)), null);
    }

    /** The next version of this month: one more than the highest year.month.N stored, else year.month.1. */
    static String next(List<PublishedRuleSet> stored, LocalDate today) {
        String month = today.getYear() + "." + today.getMonthValue() + ".";
        int highest = 0;
        for (PublishedRuleSet s : stored) {
            if (s.version().startsWith(month) && s.version().substring(month.length()).matches("\\d{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(s.version().substring(month.length())));
            }
        }
        return month + (highest + 1);
    }

    /** The files with ruleset.yaml's version set to this one (the same files when it already is). */
    static RuleSetFiles withVersion(RuleSetFiles files, String version) {
        if (version.equals(files.version())) {
            return files;
        }
        String manifest = files.text(RuleSetFiles.MANIFEST);
        String line = "version: \"" + version + "\"";
        Matcher versionLine = VERSION_LINE.matcher(manifest);
        Matcher idLine = ID_LINE.matcher(manifest);
        String changed = versionLine.find() ? versionLine.replaceFirst(Matcher.quoteReplacement(line))
                : idLine.find() ? manifest.substring(0, idLine.end()) + line + "\n" + manifest.substring(idLine.end())
                : line + "\n" + manifest;
        Map<String, byte[]> copy = new TreeMap<>(files.files());
        copy.put(RuleSetFiles.MANIFEST, changed.getBytes(StandardCharsets.UTF_8));
        return RuleSetFiles.of(files.origin(), copy);
    }
}
