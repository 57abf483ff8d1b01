package se.lotsen.api.cli;

import java.nio.file.Path;
import java.util.List;
import se.lotsen.policy.Failures;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.validation.RuleSetValidator;
import se.lotsen.policy.validation.ValidationReport;

/**
 * A rule set named on the command line (a directory or a zip; none: the bundled default), compiled
 * with its scenarios run. A layer's base is the bundled default when it extends that.
 */
final class RuleSetArgument {
    private RuleSetArgument() {
    }

    /** Thrown when the rule set cannot be read or does not compile; the message and lines say why. */
    static final class Unusable extends Exception {
        private final List<String> lines;

        Unusable(String message, List<String> lines) {
            this(message, lines, null);
        }

        Unusable(String message, List<String> lines, Throwable cause) {
            super(message, cause);
            this.lines = List.copyOf(lines);
        }

        List<String> lines() {
            return lines;
        }
    }

    static RuleSetFiles read(String location) throws Unusable {
        return read(location, false);
    }

    static RuleSetFiles read(String location, boolean swedish) throws Unusable {
        if (location == null) {
            return RuleSetFiles.readDefault();
        }
        try {
            return RuleSetFiles.read(Path.of(location));
        } catch (RuntimeException e) {
            throw new Unusable(CliLanguage.say(swedish, "kan inte läsa " + location + ": ", "cannot read " + location + ": ")
                    + Failures.describe(e), List.of(), e);
        }
    }

    /** Compiled, without exploring every family (validate does that). */
    static RuleSetValidator.Result compile(String location) throws Unusable {
        return compile(location, false);
    }

    static RuleSetValidator.Result compile(String location, boolean swedish) throws Unusable {
        RuleSetFiles files = read(location, swedish);
        RuleSetValidator.Result result = RuleSetValidator.validate(files,
                RuleSetValidator.Options.standard().scenariosOnly());
        if (result.engine() == null) {
            ValidationReport report = result.report();
            String name = location == null ? "default" : location;
            throw new Unusable(CliLanguage.say(swedish, "regeluppsättningen " + name + " går inte att kompilera; kör lotsen validate "
                    + "på den för hela rapporten", "the rule set " + name + " does not compile; run lotsen validate on it for the whole report"),
                    report.errors().stream().map(p -> swedish ? p.path() + ":" + Math.max(p.line(), 0) + ": " + p.sv() : p.toString()).toList());
        }
        return result;
    }
}
