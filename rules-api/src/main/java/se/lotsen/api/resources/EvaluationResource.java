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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.lotsen.api.evaluation.EvaluationReport;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.policy.tables.SafeCsv;

/**
 * What helped: per service and per rule, by ISO week and centre, how often a step was suggested,
 * followed up, and with which outcome; counts under 5 are "<5" and none can be had by subtraction.
 */
@Path("/evaluation")
@Tag(name = "evaluation")
@RolesAllowed("POLICY_OWNER")
public class EvaluationResource {
    private final EvaluationReport report;
    private final FollowUps followUps;
    private final Clock clock;

    public EvaluationResource(EvaluationReport report, FollowUps followUps, Clock clock) {
        this.report = report;
        this.followUps = followUps;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The learning evaluation (POLICY_OWNER): suggested, followed up, contacted, helped, not helped, "
            + "not needed, and journal systems' answers to cards, per service and rule, by week and centre",
            description = "from and to are dates (YYYY-MM-DD); the default is the last twelve weeks. "
                    + "Ask with Accept: text/csv for CSV (one row per line, week totals with centre ALL).")
    public EvaluationReport.Report json(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to, clock);
        followUps.flush();
        return report.between(period.from(), period.to());
    }

    @GET
    @Produces(StatsResource.CSV)
    public String csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        EvaluationReport.Report r = json(from, to);
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
