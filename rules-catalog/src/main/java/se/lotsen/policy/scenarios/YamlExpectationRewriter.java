package se.lotsen.policy.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lotsen.policy.scenarios.Scenario.Expectation;

/**
 * Rewrites one YAML scenario's {@code expect:} block, and nothing else of the file: the other scenarios,
 * the request, {@code why} and every comment outside that block stay as the owner wrote them.
 */
public final class YamlExpectationRewriter {
    private static final ObjectWriter YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL).writer();
    private static final Pattern EXPECT = Pattern.compile("^(\\s*)expect:\\s*(#.*)?$");

    private YamlExpectationRewriter() {
    }

    /** Thrown when the scenario's expect block is not where its line says, or not written as a block. */
    public static final class NotRewritable extends Exception {
        private static final long serialVersionUID = 1L;

        NotRewritable(String message) {
            super(message);
        }
    }

    /**
     * The file's text with the scenario that starts at {@code scenario.line()} expecting {@code updated}.
     */
    public static String rewrite(String text, Scenario scenario, Expectation updated) throws NotRewritable {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        int start = scenario.line() - 1;
        if (start < 0 || start >= lines.size()) {
            throw new NotRewritable("the scenario " + scenario.name() + " is not at line " + scenario.line());
        }
        // the item's dash: the scenario ends at the next line that is not indented past it (the next "- name:")
        int dash = indent(lines.get(start));
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.strip().startsWith("#") && indent(line) <= dash) {
                break;
            }
            Matcher m = EXPECT.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int expectIndent = m.group(1).length();
            int end = i + 1;
            int lastContent = i;
            while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > expectIndent)) {
                if (!lines.get(end).isBlank()) {
                    lastContent = end;
                }
                end++;
            }
            List<String> block = new ArrayList<>();
            block.add(line);
            String pad = " ".repeat(expectIndent + 2);
            yaml(updated).lines().forEach(l -> block.add(pad + l));
            lines.subList(i, lastContent + 1).clear();
            lines.addAll(i, block);
            return String.join(newline, lines);
        }
        throw new NotRewritable("the scenario " + scenario.name() + " has no 'expect:' block of its own at line " + scenario.line());
    }

    /** An expectation (or one of its parts) as the YAML the rewriter writes. */
    public static String yaml(Object value) {
        try {
            return YAML.writeValueAsString(value).stripTrailing();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an expectation cannot be written as YAML: " + e.getMessage(), e);
        }
    }

    /** The spaces a line begins with. */
    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
