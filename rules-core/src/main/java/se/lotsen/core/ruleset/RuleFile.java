package se.lotsen.core.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One DRL rule file: a path inside the rule set (e.g. {@code rules/safeguarding.drl}) and its bytes. */
public record RuleFile(String path, byte[] content) {
    public RuleFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleFile other && path.equals(other.path) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "RuleFile[" + path + ", " + content.length + " bytes]";
    }
}
