package se.lotsen.policy.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.TextLines;
import se.lotsen.policy.Yaml;

/** Reads properties/*.yaml: each file is a list of properties (id, why, when, then). */
public final class PropertyReader {
    private PropertyReader() {
    }

    public record Result(List<Property> properties, List<Problem> problems) {
    }

    record Entry(String id, String why, Property.When when, Property.Then then) {
    }

    public static Result read(RuleSetFiles files, String pathPrefix) {
        List<Property> properties = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String path : files.paths("properties/", ".yaml", ".yml")) {
            String text = files.text(path);
            String shown = pathPrefix + path;
            Map<String, Integer> occurrences = new HashMap<>();
            try {
                List<Entry> entries = Yaml.READER.forType(new TypeReference<List<Entry>>() { }).readValue(text);
                for (Entry e : entries == null ? List.<Entry>of() : entries) {
                    int line = TextLines.lineOfEntry(text, "id", e.id(), occurrences.merge(String.valueOf(e.id()), 1, Integer::sum) - 1);
                    if (e.id() == null || e.why() == null || e.then() == null) {
                        problems.add(Problem.of(shown, line, "Varje egenskap behöver id, why och then (when kan utelämnas: alla familjer).",
                                "Each property needs id, why and then (when may be left out: every family)."));
                        continue;
                    }
                    String earlier = seen.putIfAbsent(e.id(), shown);
                    if (earlier != null) {
                        problems.add(Problem.of(shown, line, "Egenskapen " + e.id() + " finns redan i " + earlier + ".",
                                "The property " + e.id() + " is already in " + earlier + "."));
                        continue;
                    }
                    Property.When when = e.when() == null
                            ? new Property.When(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null) : e.when();
                    if (when.severity() != null && when.needs().isEmpty() || e.then().needUrgencyAtMost() != null && when.needs().isEmpty()) {
                        problems.add(Problem.of(shown, line, "I " + e.id() + " gäller severity och needUrgencyAtMost bara tillsammans med when.needs.",
                                "In " + e.id() + ", severity and needUrgencyAtMost apply only together with when.needs."));
                        continue;
                    }
                    properties.add(new Property(shown, line, e.id(), e.why(), when, e.then()));
                }
            } catch (JsonProcessingException e) {
                problems.add(Yaml.problem(shown, e));
            }
        }
        return new Result(properties, problems);
    }
}
