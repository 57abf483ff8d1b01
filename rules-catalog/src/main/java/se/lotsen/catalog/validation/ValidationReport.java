package se.lotsen.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * What {@code lotsen validate} says about a rule set: errors (it cannot serve), failing scenarios
 * (it would serve wrongly), and an analysis of gaps and overlaps to read before publishing.
 *
 * @param valid     true when it compiles, its files fit the schema and every scenario passes
 * @param errors    file:line problems
 * @param scenarios how many scenarios ran, and the failures
 * @param analysis  null when the rule set did not compile
 */
public record ValidationReport(String ruleSetId, String version, String hash, boolean valid, List<Problem> errors,
                               ScenarioSummary scenarios, Analysis analysis) {

    public record ScenarioSummary(int run, int passed, List<Failure> failures) {
    }

    /** A failing scenario: where it is, and what was expected against what came out. */
    public record Failure(String file, int line, String name, List<String> failures) {
        @Override
        public String toString() {
            return file + ":" + line + ": scenario " + name + ": " + String.join("; ", failures);
        }
    }

    /** The report as text: errors first, then failing scenarios, then the analysis. */
    public String toText() {
        List<String> lines = new ArrayList<>();
        lines.add("Rule set " + ruleSetId + " " + version + " (sha256 " + hash + "): " + (valid ? "VALID" : "NOT VALID"));
        errors.forEach(p -> lines.add(p.toString()));
        if (scenarios != null) {
            lines.add("Scenarios: " + scenarios.passed() + " of " + scenarios.run() + " passed");
            scenarios.failures().forEach(f -> lines.add(f.toString()));
        }
        if (analysis != null) {
            lines.addAll(analysis.toLines());
        }
        return String.join(System.lineSeparator(), lines);
    }
}
