package se.lotsen.policy.validation;

import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.Text;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.policy.properties.PropertyResult;
import se.lotsen.policy.scenarios.FamilyText;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.scenarios.ScenarioResult;

/**
 * What {@code lotsen validate} says about a rule set: errors (it cannot serve), warnings (see to
 * them), failing scenarios and properties (it would serve wrongly), and an analysis of gaps and
 * overlaps to read before publishing.
 *
 * @param base       what a layer extends ("id version"), or null
 * @param valid      true when it compiles, its files are complete, every rule has a scenario, every
 *                   scenario passes and every property holds
 * @param errors     file:line problems, in English ({@code message}) and Swedish ({@code sv})
 * @param warnings   file:line things to see to that do not stop it from serving
 * @param detected   how each table file was read (encoding, separator)
 * @param scenarios  how many scenarios ran, and the failures
 * @param properties each safety property: whether it holds, over how many families, and a counterexample
 * @param explored   families validation asked about (grid + random exploration)
 * @param analysis   null when the rule set did not compile
 */
public record ValidationReport(String ruleSetId, String version, String hash, String base, boolean valid, List<Problem> errors,
                               List<Problem> warnings, List<Detection> detected, ScenarioSummary scenarios,
                               List<PropertyResult> properties, int explored, Analysis analysis) {

    public record ScenarioSummary(int run, int passed, List<Failure> failures) {
    }

    /** How a table file was read. */
    public record Detection(String path, String sv, String en) {
    }

    /**
     * A failing scenario: where it is, its family in words, and what was expected against what came out.
     *
     * @param family   the family, in Swedish ({@code sv}) and English ({@code en})
     * @param failures each difference, in English
     * @param sv       each difference, in Swedish
     */
    public record Failure(String file, int line, String name, Text family, List<String> failures, List<String> sv) {
        public static Failure of(ScenarioResult result) {
            Scenario s = result.scenario();
            return new Failure(s.file(), s.line(), s.name(), FamilyText.of(s.request()),
                    result.failures().stream().map(Text::en).toList(), result.failures().stream().map(Text::sv).toList());
        }

        @Override
        public String toString() {
            return file + ":" + line + ": scenario " + name + " (" + family.en() + "): " + String.join("; ", failures);
        }
    }

    /** The report as text in English (what tests and logs have read so far). */
    public String toText() {
        return toText(false);
    }

    /**
     * The report as text, in Swedish (the workbench's words, the command line's default) or English: errors first,
     * then warnings, scenarios, properties and the analysis.
     */
    public String toText(boolean swedish) {
        List<String> lines = new ArrayList<>();
        String layer = base == null ? "" : swedish ? " (ett lager på " + base + ")" : " (a layer on " + base + ")";
        lines.add((swedish ? "Regeluppsättningen " : "Rule set ") + ruleSetId + " " + version + layer + " (sha256 " + hash + "): "
                + (valid ? (swedish ? "GILTIG" : "VALID") : (swedish ? "INTE GILTIG" : "NOT VALID")));
        errors.forEach(p -> lines.add(problem(p, swedish)));
        warnings.forEach(p -> lines.add((swedish ? "varning: " : "warning: ") + problem(p, swedish)));
        detected.forEach(d -> lines.add(d.path() + ": " + (swedish ? d.sv() : d.en())));
        if (scenarios != null) {
            lines.add(swedish ? "Scenarier: " + scenarios.passed() + " av " + scenarios.run() + " stämmer"
                    : "Scenarios: " + scenarios.passed() + " of " + scenarios.run() + " passed");
            scenarios.failures().forEach(f -> lines.add(swedish ? f.file() + ":" + f.line() + ": scenariot " + f.name() + " ("
                    + f.family().sv() + "): " + String.join("; ", f.sv()) : f.toString()));
        }
        if (properties != null && !properties.isEmpty()) {
            long holding = properties.stream().filter(PropertyResult::holds).count();
            lines.add(swedish ? "Egenskaper: " + holding + " av " + properties.size() + " håller för " + explored + " familjer"
                    : "Properties: " + holding + " of " + properties.size() + " hold over " + explored + " families");
            for (PropertyResult p : properties) {
                String holds = p.holds() ? (swedish ? "håller" : "holds") : (swedish ? "HÅLLER INTE" : "FAILS");
                lines.add("  " + holds + "  " + p.id() + " (" + p.checked() + (swedish ? " familjer)" : " families)"));
                if (p.counterexample() != null) {
                    lines.add("    " + p.file() + ":" + p.line() + ": " + p.counterexample().reason() + (swedish ? " för familjen" : " for the family"));
                    lines.add("    " + p.counterexample().request() + (swedish ? "  den " : "  on ") + p.counterexample().date());
                    lines.add("    " + (swedish ? "pröva själv: " : "reproduce: ") + "lotsen suggest --date " + p.counterexample().date()
                            + " request.json");
                    PropertyResult.Counterexample c = p.counterexample();
                    if (!c.implausible().isEmpty()) {
                        lines.add("    " + (swedish ? "familjen finns inte i verkligheten: " : "no real family looks like this: ")
                                + String.join(" ", c.implausibleSays().stream().map(t -> swedish ? t.sv() : t.en()).toList()));
                        lines.add("    " + (c.nearestPlausible() == null
                                ? (swedish ? "ingen familj nära den som finns bryter egenskapen" : "no family near it that can exist breaks the property")
                                : (swedish ? "närmaste familj som finns och också bryter den: " : "the nearest family that can exist and breaks it too: ")
                                + c.nearestPlausible().request() + " (" + c.nearestPlausible().reason() + ")"));
                    }
                }
            }
        }
        if (analysis != null) {
            lines.addAll(analysis.toLines(swedish));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String problem(Problem p, boolean swedish) {
        return swedish ? p.path() + ":" + Math.max(p.line(), 0) + ": " + p.sv() : p.toString();
    }
}
