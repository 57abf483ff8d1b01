package se.lotsen.catalog.validation;

import java.util.ArrayList;
import java.util.List;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.catalog.Scenario;
import se.lotsen.catalog.ScenarioResult;
import se.lotsen.catalog.ScenarioRunner;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/**
 * Checks a rule set the way a policy owner needs before publishing: its files, its compilation,
 * every scenario, and an analysis over generated requests. The compiled engine comes back with the
 * report, so publishing never compiles twice.
 */
public final class RuleSetValidator {
    private RuleSetValidator() {
    }

    /** The report, and the engine when the rule set compiled (null otherwise). */
    public record Result(ValidationReport report, PathwayEngine engine) {
        public boolean valid() {
            return report.valid();
        }
    }

    public static Result validate(RuleSetFiles files) {
        String hash = files.hash();
        RuleSet ruleSet;
        try {
            ruleSet = files.toRuleSet();
        } catch (RuleSetException e) {
            return invalid(files, hash, e.problems());
        }
        PathwayEngine engine;
        try {
            engine = PathwayEngine.builder().ruleSet(ruleSet).build();
        } catch (RuleSetException e) {
            return invalid(files, hash, TableRows.remap(files, e.problems()));
        }
        List<Problem> errors = new ArrayList<>();
        List<Scenario> scenarios = List.of();
        try {
            scenarios = files.scenarios();
        } catch (RuleSetException e) {
            errors.addAll(e.problems());
        }
        if (scenarios.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem("scenarios/", 0, "the rule set has no scenarios; every rule needs one"));
        }
        List<ScenarioResult> results = new ScenarioRunner(engine).runAll(scenarios);
        List<ValidationReport.Failure> failures = results.stream().filter(r -> !r.passed())
                .map(r -> new ValidationReport.Failure(r.scenario().file(), r.scenario().line(), r.scenario().name(),
                        r.failures()))
                .toList();
        Analyzer.Outcome analysis = Analyzer.analyze(engine, ruleSet, results);
        errors.addAll(analysis.runtimeErrors());
        boolean valid = errors.isEmpty() && failures.isEmpty();
        ValidationReport report = new ValidationReport(ruleSet.id(), ruleSet.version(), hash, valid, errors,
                new ValidationReport.ScenarioSummary(results.size(), results.size() - failures.size(), failures),
                analysis.analysis());
        return new Result(report, engine);
    }

    private static Result invalid(RuleSetFiles files, String hash, List<Problem> problems) {
        ManifestName name = ManifestName.of(files);
        return new Result(new ValidationReport(name.id(), name.version(), hash, false, problems, null, null), null);
    }

    /** The id and version from ruleset.yaml, read leniently so even a broken rule set's report names it. */
    record ManifestName(String id, String version) {
        static ManifestName of(RuleSetFiles files) {
            String text = files.text(RuleSetFiles.MANIFEST);
            return new ManifestName(field(text, "id"), field(text, "version"));
        }

        private static String field(String text, String key) {
            if (text == null) {
                return "?";
            }
            var m = java.util.regex.Pattern.compile("(?m)^" + key + ":\\s*\"?([^\"\\n]+?)\"?\\s*$").matcher(text);
            return m.find() ? m.group(1) : "?";
        }
    }
}
