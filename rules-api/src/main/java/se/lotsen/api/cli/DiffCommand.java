package se.lotsen.api.cli;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.catalog.validation.RuleSetDiff;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ruleset.RuleSetException;

/** {@code lotsen diff OLD NEW}: which pathways change between two rule sets (directories or zips). */
public class DiffCommand extends Command {
    public DiffCommand() {
        super("diff", "Show which pathways change between two rule sets");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("old").help("the rule set in use (directory or zip)");
        subparser.addArgument("new").help("the changed rule set (directory or zip)");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        CliLogging.toStandardError();
        int status = execute(namespace.getString("old"), namespace.getString("new"), System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    static int execute(String oldLocation, String newLocation, PrintStream out, PrintStream err) {
        try {
            RuleSetFiles older = RuleSetFiles.read(Path.of(oldLocation));
            RuleSetFiles newer = RuleSetFiles.read(Path.of(newLocation));
            RuleSetDiff.Result result = RuleSetDiff.compare(engine(older), older.scenarios(), engine(newer), newer.scenarios());
            out.println(result.toText());
            return 0;
        } catch (RuleSetException e) {
            err.println("lotsen: a rule set does not compile; run lotsen validate on it first");
            e.problems().forEach(err::println);
            return 1;
        } catch (RuntimeException e) {
            err.println("lotsen: " + e.getMessage());
            return 1;
        }
    }

    private static PathwayEngine engine(RuleSetFiles files) {
        return PathwayEngine.builder().ruleSet(files.toRuleSet()).build();
    }
}
