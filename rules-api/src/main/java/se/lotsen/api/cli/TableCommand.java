package se.lotsen.api.cli;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.scenarios.Scenario;
import se.lotsen.policy.tables.RoutingTableWriter;

/**
 * {@code lotsen table RULESET --to xlsx|csv --out FILE [--delimiter ;]}: writes a rule set's routing
 * table (a layer's with its base's rows) as an Excel workbook with drop-down lists, or as CSV the
 * way Swedish Excel writes it, for editing and reading back.
 */
public class TableCommand extends Command {
    public TableCommand() {
        super("table", "Write a rule set's routing table as Excel (.xlsx, with lists of the allowed words) or CSV");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("ruleset").help("the rule-set directory or zip");
        subparser.addArgument("--to").choices("xlsx", "csv").setDefault("xlsx").help("the format (default xlsx)");
        subparser.addArgument("--out").required(true).help("the file to write");
        subparser.addArgument("--delimiter").setDefault(";").help("the CSV delimiter (default ; as Swedish Excel)");
        CliLanguage.configure(subparser);
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        CliLogging.toStandardError();
        int status = execute(namespace.getString("ruleset"), namespace.getString("to"), Path.of(namespace.getString("out")),
                namespace.getString("delimiter"), CliLanguage.swedish(namespace), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int execute(String location, String format, Path out, String delimiter, PrintStream stdout, PrintStream err)
            throws IOException {
        return execute(location, format, out, delimiter, false, stdout, err);
    }

    static int execute(String location, String format, Path out, String delimiter, boolean swedish, PrintStream stdout,
                       PrintStream err) throws IOException {
        if (delimiter.length() != 1) {
            err.println("lotsen: " + CliLanguage.say(swedish, "--delimiter är ett tecken, till exempel ; eller ,",
                    "--delimiter is one character, such as ; or ,"));
            return 1;
        }
        RuleSetLoader.Loaded loaded;
        try {
            RuleSetFiles files = RuleSetArgument.read(location, swedish);
            loaded = RuleSetLoader.load(files, BaseResolver.bundled(), LocalDate.now());
        } catch (RuleSetArgument.Unusable e) {
            err.println("lotsen: " + e.getMessage());
            return 1;
        } catch (RuleSetException e) {
            err.println("lotsen: " + CliLanguage.say(swedish, "regeluppsättningen går inte att läsa; kör lotsen validate på den",
                    "the rule set cannot be read; run lotsen validate on it"));
            e.problems().forEach(p -> err.println(swedish ? p.path() + ":" + Math.max(p.line(), 0) + ": " + p.sv() : p.toString()));
            return 1;
        }
        List<RoutingRow> rows = RuleSetLoader.rows(loaded.ruleSet());
        // the scenarios kept in a workbook go back on its Scenarier sheet; those in YAML stay there
        List<Scenario> sheet = loaded.scenarios().stream()
                .filter(s -> s.file().startsWith("tables/") || s.file().contains(":tables/")).toList();
        byte[] bytes = "xlsx".equals(format) ? RoutingTableWriter.xlsx(rows, sheet, loaded.ruleSet().catalog())
                : RoutingTableWriter.csv(rows, delimiter.charAt(0)).getBytes(StandardCharsets.UTF_8);
        Files.write(out, bytes);
        stdout.println(CliLanguage.say(swedish, "Skrev " + rows.size() + " rader" + ("xlsx".equals(format) ? " och " + sheet.size()
                + " scenarier" : "") + " till " + out, "Wrote " + rows.size() + " rows" + ("xlsx".equals(format) ? " and " + sheet.size()
                + " scenarios" : "") + " to " + out));
        return 0;
    }
}
