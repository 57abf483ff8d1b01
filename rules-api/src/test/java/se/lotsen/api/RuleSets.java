package se.lotsen.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import se.lotsen.catalog.RuleSetFiles;

/** Edited copies of the default rule set, as a policy owner would make them. */
final class RuleSets {
    private RuleSets() {
    }

    /** The default with another version and the Swedish reason of the sleep row reworded. */
    static RuleSetFiles reworded(String version, String sleepReason) {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readDefault().files());
        replace(files, "ruleset.yaml", "version: \"2026.11.1\"", "version: \"" + version + "\"");
        replace(files, "tables/routing.drl.csv", "\"Sömn: BVC-sjuksköterskan går igenom sömn, dagsrytm och kvällsrutiner och vad som är vanligt i barnets ålder.\"",
                "\"" + sleepReason + "\"");
        return RuleSetFiles.of("edited", files);
    }

    /** A version whose DRL does not compile. */
    static RuleSetFiles broken(String version) {
        Map<String, byte[]> files = new TreeMap<>(reworded(version, "Sömn.").files());
        replace(files, "rules/epds.drl", "EpdsFact( total >= cutoff, total < wellAboveFrom )", "EpdsFact( total >= )");
        return RuleSetFiles.of("broken", files);
    }

    static void replace(Map<String, byte[]> files, String path, String from, String to) {
        String text = new String(files.get(path), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain " + from);
        }
        files.put(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }
}
