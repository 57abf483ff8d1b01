package se.lotsen.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/** Reads scenarios/*.yaml: each file holds {@code scenarios:}, a list of named scenarios. */
final class ScenarioReader {
    private final RuleSetFiles files;

    ScenarioReader(RuleSetFiles files) {
        this.files = files;
    }

    List<Scenario> read() {
        List<Scenario> scenarios = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String path : files.paths("scenarios/", ".yaml", ".yml")) {
            String text = files.text(path);
            try {
                ScenarioFile file = Yaml.MAPPER.readValue(text, ScenarioFile.class);
                for (Entry e : file.scenarios()) {
                    if (e.name() == null || e.request() == null || e.expect() == null) {
                        problems.add(new Problem(path, 0, "each scenario needs name, why, request and expect"));
                        continue;
                    }
                    scenarios.add(new Scenario(path, lineOf(text, e.name()), e.name(), e.why(), e.request(), e.expect()));
                }
            } catch (JsonProcessingException e) {
                problems.add(Yaml.problem(path, e));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return scenarios;
    }

    private static int lineOf(String text, String name) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("name:") && lines[i].contains(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    record ScenarioFile(List<Entry> scenarios) {
        ScenarioFile {
            scenarios = scenarios == null ? List.of() : scenarios;
        }
    }

    record Entry(String name, String why, SuggestionRequest request, Scenario.Expectation expect) {
    }
}
