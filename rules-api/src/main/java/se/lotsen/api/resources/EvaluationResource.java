package se.lotsen.api.resources;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.evaluation.EvaluationReport;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.policy.tables.SafeCsv;

/**
 * What helped: per service and per rule, by ISO week and centre, how often a step was suggested,
 * followed up, and with which outcome; counts under 5 are "<5" and none can be had by subtraction.
 */
@Path("/evaluation")
@Tag(name = "evaluation")
@RolesAllowed("POLICY_OWNER")
public class EvaluationResource {
    private final Tenants tenants;
    private final Consumer<ServedTenant> flush;
    private final Clock clock;

    /**
     * @param flush writes a tenant's pending counts (suggestions and follow-up): both endpoints decide on the same numbers
     */
    public EvaluationResource(Tenants tenants, Consumer<ServedTenant> flush, Clock clock) {
        this.tenants = tenants;
        this.flush = flush;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV})
    @Operation(summary = "The learning evaluation (POLICY_OWNER): suggested, followed up, contacted, helped, not helped, "
            + "not needed, and journal systems' answers to cards, per service and rule, by week and centre",
            description = "from and to are dates (YYYY-MM-DD); the default is the last twelve weeks. JSON by default (also "
                    + "for Accept: */*); CSV with Accept: text/csv or ?format=csv (one row per line, week totals with centre ALL).")
    public Response get(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
                        @Context HttpHeaders headers, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        return Formats.csv(format, headers) ? Response.ok(csv(tenant, from, to), Formats.CSV).build()
                : Response.ok(json(tenant, from, to), MediaType.APPLICATION_JSON_TYPE).build();
    }

    public EvaluationReport.Report json(ServedTenant tenant, String from, String to) {
        Period period = Period.of(from, to, clock);
        flush.accept(tenant);
        return tenant.evaluation().between(period.from(), period.to());
    }

    /** Through the one CSV writer, so a cell a spreadsheet would run as a formula is text. */
    String csv(ServedTenant tenant, String from, String to) {
        EvaluationReport.Report r = json(tenant, from, to);
        List<String> heading = new ArrayList<>(List.of("week", "centre", "kind", "code"));
        r.measures().forEach(m -> heading.add(m.toLowerCase(Locale.ROOT)));
        List<List<String>> rows = new ArrayList<>();
        Stream.concat(r.lines().stream(), r.weekTotals().stream()).forEach(line -> {
            List<String> row = new ArrayList<>(List.of(line.week(), line.centre(), line.kind(), line.code()));
            r.measures().forEach(m -> row.add(line.counts().get(m)));
            rows.add(row);
        });
        return SafeCsv.write(heading, rows, ',');
    }
}
