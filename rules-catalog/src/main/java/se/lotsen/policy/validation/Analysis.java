package se.lotsen.policy.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.lotsen.core.Text;

/**
 * Findings to read before publishing, each with what to do about it. None makes a rule set invalid
 * on its own (rules no scenario covers do: that is an error in the report).
 *
 * @param unroutedNeeds     need × age band × severity where some grid family gets only the fallback
 * @param unreachedServices catalog services no step reached, in scenarios or explored families
 * @param neverFiredRules   rules that produced nothing in scenarios or explored families
 * @param overlaps          two table rows that send one need to one service with different urgency or tier
 */
public record Analysis(List<Gap> unroutedNeeds, List<String> unreachedServices, List<String> neverFiredRules,
                       List<Overlap> overlaps) {

    public record Gap(String need, String ageBand, String severity, List<Integer> ages) {
    }

    public record Overlap(String ruleA, String ruleB, String service, String outcomeA, String outcomeB, String example) {
    }

    /** What to do about each kind of finding, for the report and the workbench. */
    public static final Text WHAT_TO_DO_GAPS = new Text(
            "Behov som ingen regel leder vidare går till reservsteget (socionomen). Lägg till en rad i tabellen för behovet och åldern om familjen borde få ett eget steg.",
            "Needs no rule routes go to the fallback (the social worker). Add a table row for the need and age if the family should get a step of its own.");
    public static final Text WHAT_TO_DO_UNREACHED = new Text(
            "Ingen regel leder till tjänsten. Lägg till en rad som leder dit, eller ta bort tjänsten ur katalogen om den inte erbjuds.",
            "No rule leads to the service. Add a row that leads there, or remove the service from the catalog if it is not offered.");
    public static final Text WHAT_TO_DO_NEVER = new Text(
            "Regeln gav ingenting för någon familj: villkoren kan aldrig uppfyllas tillsammans. Kontrollera åldrar, svårighetsgrader och ja/nej-villkor.",
            "The rule gave nothing for any family: its conditions can never hold together. Check ages, severities and yes/no conditions.");
    public static final Text WHAT_TO_DO_OVERLAPS = new Text(
            "Två rader leder samma behov till samma tjänst med olika brådska eller nivå; den snabbare och mer riktade vinner. Är det avsikten behövs inget göras; annars smalna av villkoren på en av raderna.",
            "Two rows send the same need to the same service with different urgency or tier; the sooner and more targeted wins. If that is intended, nothing needs doing; otherwise narrow one row's conditions.");

    /** What to do about each kind of finding, in Swedish and English, by the name of its list. */
    @JsonProperty("whatToDo")
    public Map<String, Text> whatToDo() {
        return Map.of("unroutedNeeds", WHAT_TO_DO_GAPS, "unreachedServices", WHAT_TO_DO_UNREACHED,
                "neverFiredRules", WHAT_TO_DO_NEVER, "overlaps", WHAT_TO_DO_OVERLAPS);
    }

    List<String> toLines() {
        return toLines(false);
    }

    List<String> toLines(boolean sv) {
        List<String> lines = new ArrayList<>();
        lines.add(sv ? "Analys:" : "Analysis:");
        section(lines, sv, sv ? "behov utan väg (behov, åldersband, svårighetsgrad: åldrar)" : "needs with no route (need, age band, severity: ages)",
                unroutedNeeds.stream().map(g -> g.need() + ", " + g.ageBand() + ", " + g.severity() + ": " + g.ages()).toList(), WHAT_TO_DO_GAPS);
        section(lines, sv, sv ? "tjänster som ingen regel når" : "services no rule reaches", unreachedServices, WHAT_TO_DO_UNREACHED);
        section(lines, sv, sv ? "regler som aldrig gav något" : "rules that never produced anything", neverFiredRules, WHAT_TO_DO_NEVER);
        section(lines, sv, sv ? "tabellrader som överlappar med olika utfall" : "table rows that overlap with different outcomes", overlaps.stream()
                .map(o -> o.ruleA() + " (" + o.outcomeA() + ") " + (sv ? "och " : "and ") + o.ruleB() + " (" + o.outcomeB() + ") "
                        + (sv ? "leder båda till " : "both route to ") + o.service() + (sv ? ", t.ex. " : ", e.g. ") + o.example()).toList(),
                WHAT_TO_DO_OVERLAPS);
        return lines;
    }

    private static void section(List<String> lines, boolean sv, String title, List<String> items, Text whatToDo) {
        lines.add("  " + title + ": " + (items.isEmpty() ? (sv ? "inga" : "none") : items.size()));
        items.forEach(i -> lines.add("    " + i));
        if (!items.isEmpty()) {
            lines.add("    " + (sv ? "gör så här: " + whatToDo.sv() : "what to do: " + whatToDo.en()));
        }
    }
}
