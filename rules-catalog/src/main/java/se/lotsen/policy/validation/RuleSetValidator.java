package se.lotsen.policy.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Text;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.properties.Exploration;
import se.lotsen.policy.properties.Families;
import se.lotsen.policy.properties.PropertyChecker;
import se.lotsen.policy.properties.PropertyResult;
import se.lotsen.policy.scenarios.ScenarioResult;
import se.lotsen.policy.scenarios.ScenarioRunner;

/**
 * Checks a rule set the way a policy owner needs before publishing: its files, the rule language,
 * its compilation, every scenario, every safety property over the grid and a seeded random
 * exploration, and an analysis. The compiled engine comes back with the report, so publishing
 * never compiles twice.
 */
public final class RuleSetValidator {
    /** The size of the random exploration validation runs by default. */
    public static final int RANDOM_FAMILIES = 100_000;

    private RuleSetValidator() {
    }

    /**
     * How to validate.
     *
     * @param bases            where a layer's base is found
     * @param clock            the engine's clock (what "today" is when it serves)
     * @param randomFamilies   the random families explored beyond the grid, 0 for the grid only (tests that are not
     *                         about it use fewer than {@link #RANDOM_FAMILIES})
     * @param checksProperties whether the grid, the exploration and the properties run at all; without them a
     *                         validation is files, compilation and scenarios
     */
    public record Options(BaseResolver bases, Clock clock, int randomFamilies, boolean checksProperties) {
        public Options {
            if (randomFamilies < 0) {
                throw new IllegalArgumentException("randomFamilies must be 0 or more, was " + randomFamilies);
            }
        }

        public Options(BaseResolver bases, Clock clock, int randomFamilies) {
            this(bases, clock, randomFamilies, true);
        }

        public static Options standard() {
            return new Options(BaseResolver.bundled(), Clock.systemUTC(), RANDOM_FAMILIES);
        }

        public Options withRandomFamilies(int count) {
            return new Options(bases, clock, count, checksProperties);
        }

        /** Files, compilation and scenarios only: for the bundled default, whose properties the build has checked. */
        public Options scenariosOnly() {
            return new Options(bases, clock, 0, false);
        }

        public Options withBases(BaseResolver other) {
            return new Options(other, clock, randomFamilies, checksProperties);
        }

        public LocalDate today() {
            return LocalDate.now(clock.withZone(PathwayEngine.TIME_ZONE));
        }
    }

    /** The report, the engine when the rule set compiled (null otherwise), and what was loaded. */
    public record Result(ValidationReport report, PathwayEngine engine, RuleSetLoader.Loaded loaded) {
        public boolean valid() {
            return report.valid();
        }
    }

    public static Result validate(RuleSetFiles files) {
        return validate(files, Options.standard());
    }

    public static Result validate(RuleSetFiles files, Options options) {
        RuleSetLoader.Loaded loaded;
        try {
            loaded = RuleSetLoader.load(files, options.bases(), options.today());
        } catch (RuleSetException e) {
            return invalid(files, e.problems());
        }
        String hash = files.hash();
        PathwayEngine engine;
        try {
            engine = PathwayEngine.builder().ruleSet(loaded.ruleSet()).clock(options.clock()).build();
        } catch (RuleSetException e) {
            return new Result(report(files, loaded, hash, false, e.problems(), null, List.of(), 0, null), null, loaded);
        }
        List<Problem> errors = new ArrayList<>();
        if (loaded.scenarios().isEmpty()) {
            errors.add(Problem.of("scenarios/", 0, "Regeluppsättningen har inga scenarier; varje regel behöver ett.",
                    "The rule set has no scenarios; every rule needs one."));
        }
        LocalDate today = options.today();
        List<ScenarioResult> results = new ScenarioRunner(engine, today).runAll(loaded.scenarios());
        PropertyChecker properties = new PropertyChecker(options.checksProperties() ? loaded.properties() : List.of(),
                loaded.ruleSet().catalog());
        Analyzer analyzer = new Analyzer(loaded.ruleSet());
        Exploration.Result explored = options.checksProperties()
                ? Exploration.run(engine, new Families(loaded.ruleSet(), today), options.randomFamilies(), List.of(properties, analyzer))
                : new Exploration.Result(0, 0, List.of());
        for (Exploration.Failure failure : explored.failures()) {
            errors.add(Problem.of("rules/", 0, "Reglerna fungerar inte för familjen " + failure.sample().request() + ": "
                    + failure.message(), "The rules fail for the family " + failure.sample().request() + ": " + failure.message()));
        }
        List<PropertyResult> propertyResults = properties.results(engine);
        for (PropertyResult p : propertyResults) {
            if (p.checked() == 0) {
                errors.add(Problem.of(p.file(), p.line(), "Egenskapen " + p.id() + " gäller ingen av de " + explored.explored()
                        + " familjer som prövades: dess when kan aldrig uppfyllas.", "The property " + p.id() + " applies to none of the "
                        + explored.explored() + " families tried: its when can never hold."));
            }
        }
        Set<String> covered = new TreeSet<>();
        results.forEach(r -> covered.addAll(r.firedRules()));
        for (String rule : engine.ruleNames()) {
            if (!covered.contains(rule)) {
                errors.add(Problem.of(where(loaded, rule), 0, "Regeln " + rule + " har inget scenario som prövar den. Lägg till ett "
                        + "scenario (scenarios/*.yaml) där regeln ger ett steg.", "The rule " + rule + " has no scenario that tries it. "
                        + "Add a scenario (scenarios/*.yaml) in which the rule gives a step."));
            }
        }
        List<ValidationReport.Failure> failures = results.stream().filter(r -> !r.passed())
                .map(ValidationReport.Failure::of)
                .toList();
        boolean valid = errors.isEmpty() && failures.isEmpty() && propertyResults.stream().allMatch(PropertyResult::holds);
        Analysis analysis = options.checksProperties() ? analyzer.analysis(loaded.ruleSet(), engine.ruleNames(), results) : null;
        ValidationReport report = report(files, loaded, hash, valid, errors,
                new ValidationReport.ScenarioSummary(results.size(), results.size() - failures.size(), failures),
                propertyResults, explored.explored(), analysis);
        return new Result(report, engine, loaded);
    }

    private static String where(RuleSetLoader.Loaded loaded, String rule) {
        for (var table : loaded.ruleSet().tables()) {
            if (table.rows().stream().anyMatch(r -> r.name().equals(rule))) {
                return table.path();
            }
        }
        for (var file : loaded.ruleSet().ruleFiles()) {
            if (file.text().contains("\"" + rule + "\"")) {
                return file.path();
            }
        }
        return "rules/";
    }

    private static ValidationReport report(RuleSetFiles files, RuleSetLoader.Loaded loaded, String hash, boolean valid,
                                           List<Problem> errors, ValidationReport.ScenarioSummary scenarios,
                                           List<PropertyResult> properties, int explored, Analysis analysis) {
        List<ValidationReport.Detection> detected = loaded.detections().entrySet().stream()
                .map((Map.Entry<String, Text> d) -> new ValidationReport.Detection(d.getKey(), d.getValue().sv(),
                        d.getValue().en())).toList();
        return new ValidationReport(files.id(), files.version(), hash, loaded.base(), valid, errors, loaded.warnings(), detected,
                scenarios, properties, explored, analysis);
    }

    private static Result invalid(RuleSetFiles files, List<Problem> problems) {
        return new Result(new ValidationReport(files.id(), files.version(), files.hash(), null, false, problems, List.of(),
                List.of(), null, List.of(), 0, null), null, null);
    }
}
