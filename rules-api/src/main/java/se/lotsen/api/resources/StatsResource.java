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
import java.util.List;
import java.util.function.Consumer;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.stats.StatsReport;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.policy.tables.SafeCsv;

/** Anonymous counts for the learning evaluation; any count under 5 is shown as "<5". */
@Path("/stats")
@Tag(name = "stats")
@RolesAllowed("POLICY_OWNER")
public class StatsResource {
    private static final List<String> CSV_HEADING = List.of("week", "centre", "need", "riskLevel", "service", "urgency", "count");

    private final Tenants tenants;
    private final Consumer<ServedTenant> flush;
    private final Clock clock;

    /**
     * @param flush writes a tenant's pending counts (suggestions and follow-up): both endpoints decide on the same numbers
     */
    public StatsResource(Tenants tenants, Consumer<ServedTenant> flush, Clock clock) {
        this.tenants = tenants;
        this.flush = flush;
        this.clock = clock;
    }

    /** The counts of a period, by ISO week. */
    public record Stats(String from, String to, int suppressBelow, List<StatsReport.Row> rows) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Formats.CSV})
    @Operation(summary = "Anonymous counts by week, centre, need, risk level, service and urgency (POLICY_OWNER)",
            description = "from and to are dates (YYYY-MM-DD); the default is the last twelve weeks. JSON by default "
                    + "(also for Accept: */*); CSV with Accept: text/csv or ?format=csv.")
    public Response get(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
                        @Context HttpHeaders headers, @Parameter(hidden = true) @Auth ApiKeyPrincipal caller) {
        ServedTenant tenant = tenants.of(caller);
        return Formats.csv(format, headers) ? Response.ok(csv(tenant, from, to), Formats.CSV).build()
                : Response.ok(json(tenant, from, to), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The counts of a period, by ISO week. */
    public Stats json(ServedTenant tenant, String from, String to) {
        Period period = Period.of(from, to, clock);
        flush.accept(tenant);
        return new Stats(period.from().toString(), period.to().toString(), StatsReport.SUPPRESS_BELOW,
                tenant.stats().between(period.from(), period.to()));
    }

    /** Through the one CSV writer, so a cell a spreadsheet would run as a formula is text. */
    String csv(ServedTenant tenant, String from, String to) {
        return SafeCsv.write(CSV_HEADING, json(tenant, from, to).rows().stream().map(r -> List.of(r.week(), r.centre(), r.need(),
                r.riskLevel(), r.service(), r.urgency(), r.count())).toList(), ',');
    }
}
