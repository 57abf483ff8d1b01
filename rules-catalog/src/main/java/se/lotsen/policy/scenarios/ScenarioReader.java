package se.lotsen.policy.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.TextLines;
import se.lotsen.policy.Yaml;

/** Reads scenarios/*.yaml: each file holds {@code scenarios:}, a list of named scenarios. */
public final class ScenarioReader {
    private ScenarioReader() {
    }

    /** The scenarios read, and a problem for each file or scenario that could not be. */
    public record Result(List<Scenario> scenarios, List<Problem> problems) {
    }

    public static Result read(RuleSetFiles files, String pathPrefix) {
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String path : files.paths("scenarios/", ".yaml", ".yml")) {
            String text = files.text(path);
            String shown = pathPrefix + path;
            Map<String, Integer> occurrences = new HashMap<>();
            try {
                ScenarioFile file = Yaml.READER.forType(ScenarioFile.class).readValue(text);
                if (file.scenarios().isEmpty()) {
                    problems.add(Problem.of(shown, 1, "Filen har inga scenarier: den ska börja med 'scenarios:' och en lista.",
                            "The file has no scenarios: it must start with 'scenarios:' and a list."));
                }
                for (Entry e : file.scenarios()) {
                    int line = TextLines.lineOfEntry(text, "name", e.name(), occurrences.merge(String.valueOf(e.name()), 1, Integer::sum) - 1);
                    if (e.name() == null || e.why() == null || e.request() == null || e.expect() == null) {
                        problems.add(Problem.of(shown, line, "Varje scenario behöver name, why, request och expect.",
                                "Each scenario needs name, why, request and expect."));
                        continue;
                    }
                    String earlier = seen.putIfAbsent(e.name(), shown);
                    if (earlier != null) {
                        problems.add(Problem.of(shown, line, "Scenariot " + e.name() + " finns redan i " + earlier + "; varje scenario behöver ett eget namn.",
                                "The scenario " + e.name() + " is already in " + earlier + "; every scenario needs a name of its own."));
                        continue;
                    }
                    scenarios.add(new Scenario(shown, line, e.name(), e.why(), e.date(), e.request(), e.expect()));
                }
            } catch (JsonProcessingException e) {
                problems.add(Yaml.problem(shown, e));
            }
        }
        return new Result(scenarios, problems);
    }

    record ScenarioFile(List<Entry> scenarios) {
        ScenarioFile {
            scenarios = scenarios == null ? List.of() : scenarios;
        }
    }

    record Entry(String name, String why, LocalDate date, SuggestionRequest request, Scenario.Expectation expect) {
    }
}
