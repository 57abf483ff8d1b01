package se.lotsen.api.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import se.lotsen.api.stats.StatsReport;
import se.lotsen.api.stats.SuggestionCounter;
import se.lotsen.policy.tables.SafeCsv;

/** Anonymous counts for the learning evaluation; any count under 5 is shown as "<5". */
@Path("/stats")
@Tag(name = "stats")
@RolesAllowed("POLICY_OWNER")
public class StatsResource {
    static final String CSV = "text/csv";
    private static final List<String> CSV_HEADING = List.of("week", "centre", "need", "riskLevel", "service", "urgency", "count");

    private final SuggestionCounter counter;
    private final StatsReport report;
    private final Clock clock;

    public StatsResource(SuggestionCounter counter, StatsReport report, Clock clock) {
        this.counter = counter;
        this.report = report;
        this.clock = clock;
    }

    /** The counts of a period, by ISO week. */
    public record Stats(String from, String to, int suppressBelow, List<StatsReport.Row> rows) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Anonymous counts by week, centre, need, risk level, service and urgency (POLICY_OWNER)",
            description = "from and to are dates (YYYY-MM-DD); the default is the last twelve weeks. "
                    + "Ask with Accept: text/csv for CSV.")
    public Stats json(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to, clock);
        counter.flush();
        return new Stats(period.from().toString(), period.to().toString(), StatsReport.SUPPRESS_BELOW,
                report.between(period.from(), period.to()));
    }

    @GET
    @Produces(CSV)
    public String csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return SafeCsv.write(CSV_HEADING, json(from, to).rows().stream().map(r -> List.of(r.week(), r.centre(), r.need(),
                r.riskLevel(), r.service(), r.urgency(), r.count())).toList(), ',');
    }
}
