package se.lotsen.api.tenants;

import se.lotsen.api.db.Tenant;
import se.lotsen.api.evaluation.EvaluationReport;
import se.lotsen.api.followup.FollowUps;
import se.lotsen.api.publishing.ActiveEngine;
import se.lotsen.api.publishing.BaseUpdates;
import se.lotsen.api.publishing.RuleSetPublisher;
import se.lotsen.api.stats.StatsReport;
import se.lotsen.api.stats.SuggestionCounter;

/**
 * Everything that serves one tenant, each part reading and writing only that tenant's rows: the rule set serving it,
 * its publisher and base updates, its counters, follow-up and reports. A request finds these through its key's
 * tenant once ({@link Tenants#of}); no resource filters by tenant itself.
 */
public record ServedTenant(Tenant tenant, ActiveEngine engine, RuleSetPublisher publisher, BaseUpdates baseUpdates,
                           SuggestionCounter counter, FollowUps followUps, StatsReport stats, EvaluationReport evaluation) {
    public String id() {
        return tenant.id();
    }

    /** Writes what waits in memory: counts and new follow-up references. */
    public void flush() {
        counter.flush();
        followUps.flush();
    }
}
