package se.lotsen.policy.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.lotsen.core.Evaluation;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Text;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.scenarios.OutcomeExpectation;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.scenarios.Scenario.Expectation;
import se.lotsen.policy.scenarios.ScenarioRunner;
import se.lotsen.policy.scenarios.YamlExpectationRewriter;
import se.lotsen.policy.tables.ScenarioRowRewriter;

/**
 * "Uppdatera förväntan": when a scenario fails and the pathway it gets now is what the owner meant, its row
 * (a Scenarier sheet row, a scenario CSV row, or a YAML scenario's {@code expect:} block) is rewritten in the
 * uploaded files to expect that pathway. The rewritten set is read back and the scenario must then hold;
 * anything else is refused, with the reason, and nothing comes back.
 */
public final class ExpectationUpdate {
    private ExpectationUpdate() {
    }

    /** One field of the expectation that changes: its name (the sheet's heading, or the YAML key), before and after. */
    public record Change(String field, String fieldEn, String before, String after) {
    }

    /**
     * The rewritten rule set, or why not.
     *
     * @param file    the file whose row changed
     * @param line    the scenario's row or line in it
     * @param changes what the row said and says now (empty when refused)
     * @param files   the whole rule set with that one file rewritten (null when refused)
     * @param refused why it was not rewritten (null when it was)
     */
    public record Result(String scenario, String file, int line, List<Change> changes, RuleSetFiles files, Text refused) {
        static Result refused(String scenario, String sv, String en) {
            return new Result(scenario, null, 0, List.of(), null, new Text(sv, en));
        }
    }

    public static Result update(RuleSetFiles files, String name, RuleSetValidator.Options options) {
        RuleSetValidator.Options quick = options.scenariosOnly();
        RuleSetValidator.Result checked = RuleSetValidator.validate(files, quick);
        if (checked.engine() == null) {
            return Result.refused(name, "Regelverket går inte att köra; rätta felen först.",
                    "The rule set cannot run; correct its errors first.");
        }
        try (PathwayEngine engine = checked.engine()) {
            Scenario scenario = checked.loaded().scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
            if (scenario == null) {
                return Result.refused(name, "Det finns inget scenario som heter " + name + ".", "There is no scenario named " + name + ".");
            }
            if (!files.files().containsKey(scenario.file())) {
                return Result.refused(name, "Scenariot " + name + " kommer från grunden (" + scenario.file() + "), inte från det här "
                        + "lagret; ändra det i grunden eller ta bort det i lagret med remove:.", "The scenario " + name + " comes from the "
                        + "base (" + scenario.file() + "), not from this layer; change it in the base or remove it in the layer with remove:.");
            }
            LocalDate day = scenario.date() == null ? options.today() : scenario.date();
            Evaluation evaluation;
            try {
                evaluation = engine.evaluate(scenario.request(), day);
            } catch (InvalidRequestException | IllegalStateException e) {
                return Result.refused(name, "Familjen i scenariot " + name + " går inte att fråga om, så det finns inget svar att förvänta.",
                        "The family in the scenario " + name + " cannot be asked about, so there is no answer to expect.");
            }
            if (new ScenarioRunner(engine, options.today()).run(scenario).passed()) {
                return Result.refused(name, "Scenariot " + name + " stämmer redan; det finns inget att uppdatera.",
                        "The scenario " + name + " holds already; there is nothing to update.");
            }
            Scenario updated = OutcomeExpectation.updated(scenario, evaluation);
            return rewrite(files, scenario, updated, engine, quick);
        }
    }

    private static Result rewrite(RuleSetFiles files, Scenario old, Scenario updated, PathwayEngine engine,
                                  RuleSetValidator.Options quick) {
        String path = old.file();
        byte[] bytes = files.bytes(path);
        byte[] written;
        List<Change> changes;
        String lower = path.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                written = YamlExpectationRewriter.rewrite(files.text(path), old, updated.expect())
                        .getBytes(StandardCharsets.UTF_8);
                changes = yamlChanges(old.expect(), updated.expect());
            } else {
                ScenarioRowRewriter.Rewritten row = new ScenarioRowRewriter(engine.ruleSet().catalog()).rewrite(path, bytes, old, updated);
                written = row.bytes();
                changes = row.changes().stream().map(c -> new Change(c.column(), c.columnEn(), c.before(), c.after())).toList();
            }
        } catch (YamlExpectationRewriter.NotRewritable e) {
            return Result.refused(old.name(), "Scenariots förväntan i " + path + " är inte skriven som ett eget expect:-block; "
                    + "ändra den i filen.", "The scenario's expectation in " + path + " is not written as an expect: block of its own; "
                    + "change it in the file (" + e.getMessage() + ").");
        } catch (ScenarioRowRewriter.NotRewritable e) {
            return Result.refused(old.name(), e.sv, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Result.refused(old.name(), "Tabellen " + path + " gick inte att skriva om.", "The table " + path + " could not be rewritten.");
        }
        Map<String, byte[]> all = new LinkedHashMap<>(files.files());
        all.put(path, written);
        RuleSetFiles rewritten = RuleSetFiles.of(files.origin(), all);
        // read back: the rewritten row must say the updated expectation, and the scenario must now hold
        RuleSetValidator.Result again = RuleSetValidator.validate(rewritten, quick);
        try (PathwayEngine reread = again.engine()) {
            Scenario read = again.loaded() == null ? null
                    : again.loaded().scenarios().stream().filter(s -> s.name().equals(old.name())).findFirst().orElse(null);
            if (reread == null || read == null || !new ScenarioRunner(reread, quick.today()).run(read).passed()) {
                return Result.refused(old.name(), "Den nya förväntan gick inte att skriva så att scenariot stämmer; ändra raden själv.",
                        "The new expectation could not be written so that the scenario holds; change the row yourself.");
            }
            return new Result(old.name(), path, old.line(), changes, rewritten, null);
        }
    }

    /** The YAML keys whose values change, each as the YAML written before and after. */
    private static List<Change> yamlChanges(Expectation before, Expectation after) {
        List<Change> changes = new ArrayList<>();
        Map<String, Function<Expectation, Object>> fields = new LinkedHashMap<>();
        fields.put("riskLevel", Expectation::riskLevel);
        fields.put("urgency", Expectation::urgency);
        fields.put("concern", Expectation::concern);
        fields.put("steps", Expectation::steps);
        fields.put("firstSteps", Expectation::firstSteps);
        fields.put("includes", Expectation::includes);
        fields.put("excludes", Expectation::excludes);
        fields.put("rules", Expectation::rules);
        fields.put("unmatchedNeeds", Expectation::unmatchedNeeds);
        fields.put("contacts", Expectation::contacts);
        fields.put("notes", Expectation::notes);
        fields.put("withheldAdvice", Expectation::withheldAdvice);
        fields.forEach((key, field) -> {
            Object was = field.apply(before);
            Object now = field.apply(after);
            if (!Objects.equals(was, now)) {
                changes.add(new Change(key, key, was == null ? "" : YamlExpectationRewriter.yaml(was),
                        now == null ? "" : YamlExpectationRewriter.yaml(now)));
            }
        });
        return changes;
    }
}
