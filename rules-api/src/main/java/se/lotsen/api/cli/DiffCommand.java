package se.lotsen.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import se.lotsen.policy.validation.RuleSetDiff;
import se.lotsen.policy.validation.RuleSetValidator;

/**
 * {@code lotsen diff OLD NEW [--json]}: which families' pathways change between two rule sets
 * (directories or zips) in any step, urgency, tier, reason text or note. {@code --json} prints
 * {@code {changed, compared, changes:[…]}}.
 */
public class DiffCommand extends Command {
    public DiffCommand() {
        super("diff", "Show which pathways change between two rule sets");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("old").help("the rule set in use (directory or zip)");
        subparser.addArgument("new").help("the changed rule set (directory or zip)");
        subparser.addArgument("--json").action(Arguments.storeTrue()).help("print the comparison as JSON");
        CliLanguage.configure(subparser);
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        CliLogging.toStandardError();
        int status = execute(bootstrap.getObjectMapper(), namespace.getString("old"), namespace.getString("new"),
                namespace.getBoolean("json"), CliLanguage.swedish(namespace), System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    static int execute(ObjectMapper mapper, String oldLocation, String newLocation, boolean json, PrintStream out,
                       PrintStream err) throws Exception {
        return execute(mapper, oldLocation, newLocation, json, false, out, err);
    }

    static int execute(ObjectMapper mapper, String oldLocation, String newLocation, boolean json, boolean swedish, PrintStream out,
                       PrintStream err) throws Exception {
        try {
            RuleSetValidator.Result older = RuleSetArgument.compile(oldLocation, swedish);
            RuleSetValidator.Result newer = RuleSetArgument.compile(newLocation, swedish);
            RuleSetDiff.Result result = RuleSetDiff.compare(older.engine(), older.loaded().scenarios(), newer.engine(),
                    newer.loaded().scenarios(), newer.engine().today());
            out.println(json ? Reports.writer(mapper).writeValueAsString(result) : result.toText(swedish));
            return 0;
        } catch (RuleSetArgument.Unusable e) {
            err.println("lotsen: " + e.getMessage());
            e.lines().forEach(err::println);
            return 1;
        }
    }
}
