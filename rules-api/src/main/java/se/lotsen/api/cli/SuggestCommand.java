package se.lotsen.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import se.lotsen.api.errors.ApiError;
import se.lotsen.api.errors.JsonErrors;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Json;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;

/**
 * {@code lotsen suggest FILE|- [--rules DIR|ZIP] [--date YYYY-MM-DD]}: one request in, the pathway
 * JSON on stdout. An invalid request exits with status 2 and the same error JSON the API gives, on
 * stderr. {@code --date} answers as on that day (a counterexample from validate names its day).
 */
public class SuggestCommand extends Command {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int INVALID = 2;

    public SuggestCommand() {
        super("suggest", "Suggest a pathway for one request (a JSON file, or - for standard input)");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("file").nargs("?").setDefault("-").help("the request as JSON; - reads standard input");
        subparser.addArgument("--rules").dest("rules")
                .help("a rule-set directory or zip to use instead of the bundled default");
        subparser.addArgument("--date").dest("date").help("answer as on this day (YYYY-MM-DD); default today");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        CliLogging.toStandardError();
        ObjectMapper mapper = Json.strict(bootstrap.getObjectMapper().copy());
        int status = execute(mapper, namespace.getString("file"), namespace.getString("rules"), namespace.getString("date"),
                System.in, System.out, System.err);
        System.out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    static int execute(ObjectMapper mapper, String file, String rules, String date, InputStream stdin, PrintStream out,
                       PrintStream err) throws IOException {
        SuggestionRequest request;
        try (InputStream in = "-".equals(file) ? stdin : Files.newInputStream(Path.of(file))) {
            request = mapper.readValue(in, SuggestionRequest.class);
        } catch (NoSuchFileException e) {
            err.println("lotsen: no such file: " + file);
            return FAILED;
        } catch (JsonProcessingException e) {
            err.println(mapper.writeValueAsString(JsonErrors.toError(e)));
            return INVALID;
        }
        LocalDate day;
        try {
            day = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            err.println("lotsen: --date must be a date such as 2026-11-24, not " + date);
            return FAILED;
        }
        PathwayEngine engine;
        try {
            engine = RuleSetArgument.compile(rules).engine();
        } catch (RuleSetArgument.Unusable e) {
            err.println("lotsen: " + e.getMessage());
            e.lines().forEach(err::println);
            return FAILED;
        }
        try {
            Object pathway = day == null ? engine.suggest(request) : engine.evaluate(request, day).pathway();
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(pathway));
            return OK;
        } catch (InvalidRequestException e) {
            err.println(mapper.writeValueAsString(ApiError.invalid(e.violations())));
            return INVALID;
        }
    }
}
