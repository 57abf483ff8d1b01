package se.lotsen.catalog.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Findings to read before publishing; none of them makes a rule set invalid on its own.
 *
 * @param unroutedNeeds   need × age band × severity where some age in the band gets only the fallback
 * @param unreachedServices catalog services no rule reached in scenarios or the generated grid
 * @param uncoveredRules  rules (and table rows) no scenario fires
 * @param neverFiredRules rules that fired neither in a scenario nor in the generated grid
 * @param overlaps        two rules that send the same request to the same service with different urgency or tier
 * @param gridRequests    how many generated requests the analysis ran
 */
public record Analysis(List<Gap> unroutedNeeds, List<String> unreachedServices, List<String> uncoveredRules,
                       List<String> neverFiredRules, List<Overlap> overlaps, int gridRequests) {

    public record Gap(String need, String ageBand, String severity, List<Integer> ages) {
    }

    public record Overlap(String ruleA, String ruleB, String service, String outcomeA, String outcomeB, String example) {
    }

    List<String> toLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Analysis (" + gridRequests + " generated requests):");
        section(lines, "needs with no route (need, age band, severity: ages)", unroutedNeeds.stream()
                .map(g -> g.need() + ", " + g.ageBand() + ", " + g.severity() + ": " + ages(g.ages())).toList());
        section(lines, "services no rule reaches", unreachedServices);
        section(lines, "rules no scenario covers", uncoveredRules);
        section(lines, "rules that never fired (in scenarios or generated requests)", neverFiredRules);
        section(lines, "overlapping rules with different outcomes", overlaps.stream()
                .map(o -> o.ruleA() + " (" + o.outcomeA() + ") and " + o.ruleB() + " (" + o.outcomeB() + ") both route to "
                        + o.service() + ", e.g. " + o.example()).toList());
        return lines;
    }

    private static void section(List<String> lines, String title, List<String> items) {
        lines.add("  " + title + ": " + (items.isEmpty() ? "none" : items.size()));
        items.forEach(i -> lines.add("    " + i));
    }

    private static String ages(List<Integer> ages) {
        if (ages.size() > 2 && ages.get(ages.size() - 1) - ages.get(0) == ages.size() - 1) {
            return label(ages.get(0)) + "–" + ages.get(ages.size() - 1) + " months";
        }
        return ages.stream().map(Analysis::label).toList().toString();
    }

    private static String label(int age) {
        return age < 0 ? "expecting" : Integer.toString(age);
    }
}
