package se.lotsen.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import se.lotsen.api.db.Tenant;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.validation.RuleSetValidator;
import se.lotsen.policy.validation.ValidationReport;

/**
 * {@code lotsen validate DIR|ZIP [--base DIR|ZIP|VERSION] [--json]}: the closed rule language, compilation, every
 * scenario, the safety properties over every family, and an analysis. Exit 0 when valid, 1 when not. Nothing
 * in the rule set runs before it has passed the rule-language check.
 *
 * <p>A layer is checked on the base given with {@code --base}: a folder or zip, or a version published in a
 * region's store ({@code --store}, {@code --region}), found as the server finds it; without one, on the bundled
 * rule set it names. It always says which base it used, so the CLI and the server can be seen to check the same.
 */
public class ValidateCommand extends Command {
    public ValidateCommand() {
        super("validate", "Check a rule set (directory or zip): files, rule language, compilation, scenarios, "
                + "safety properties, analysis");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("ruleset").help("the rule-set directory or zip");
        subparser.addArgument("--json").action(Arguments.storeTrue()).help("print the report as JSON");
        subparser.addArgument("--base").help("the base a layer is checked on: a folder or zip, or a published version "
                + "(from --store); default: the bundled rule set the layer names");
        subparser.addArgument("--store").setDefault("lotsen.db").help("with --base VERSION: the server's SQLite store (default lotsen.db)");
        subparser.addArgument("--region").setDefault(Tenant.DEFAULT)
                .help("with --base VERSION: the region whose base versions to look in (default: default)");
        CliLanguage.configure(subparser);
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        CliLogging.toStandardError();
        int status = execute(bootstrap.getObjectMapper(), namespace.getString("ruleset"), namespace.getBoolean("json"),
                CliLanguage.swedish(namespace), Bases.of(namespace.getString("base"), namespace.getString("store"),
                        namespace.getString("region")), System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    static int execute(ObjectMapper mapper, String location, boolean json, PrintStream out, PrintStream err)
            throws Exception {
        return execute(mapper, location, json, false, out, err);
    }

    /** @param swedish the text report in Swedish (the JSON report holds both languages) */
    static int execute(ObjectMapper mapper, String location, boolean json, boolean swedish, PrintStream out, PrintStream err)
            throws Exception {
        return execute(mapper, location, json, swedish, Bases.bundled(), out, err);
    }

    /** @param bases where the layer's base is found (and how to name where it came from) */
    static int execute(ObjectMapper mapper, String location, boolean json, boolean swedish, Bases bases, PrintStream out,
                       PrintStream err) throws Exception {
        RuleSetFiles files;
        try {
            files = RuleSetArgument.read(location, swedish);
        } catch (RuleSetArgument.Unusable e) {
            err.println("lotsen: " + e.getMessage());
            return 1;
        }
        ValidationReport report = RuleSetValidator.validate(files, RuleSetValidator.Options.standard().withBases(bases.resolver()))
                .report();
        if (report.base() != null) {
            // Which base was used, on stderr with --json so standard output stays one JSON document.
            (json ? err : out).println(CliLanguage.say(swedish, "Grund: ", "Base: ") + report.base() + " (" + bases.source() + ")");
        }
        out.println(json ? Reports.writer(mapper).writeValueAsString(report) : report.toText(swedish));
        return report.valid() ? 0 : 1;
    }
}
