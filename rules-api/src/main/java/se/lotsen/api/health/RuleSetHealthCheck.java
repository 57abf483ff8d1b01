package se.lotsen.api.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import se.lotsen.api.publishing.ActiveEngine;
import se.lotsen.api.tenants.ServedTenant;
import se.lotsen.api.tenants.Tenants;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.SuggestionRequest;

/**
 * Healthy when a rule set is loaded and still puts safeguarding first: a canary request with
 * domestic violence must come back with the concern raised and a safeguarding first step.
 */
public class RuleSetHealthCheck extends HealthCheck {
    public static final SuggestionRequest CANARY = SuggestionRequest.builder().childAgeMonths(6)
            .need(NeedCategory.SLEEP).risks(RiskFactor.DOMESTIC_VIOLENCE).build();

    private final Tenants tenants;

    public RuleSetHealthCheck(Tenants tenants) {
        this.tenants = tenants;
    }

    /** Healthy when every tenant's rule set serves and puts safeguarding first. */
    @Override
    protected Result check() {
        List<String> serving = new ArrayList<>();
        for (ServedTenant tenant : tenants.all()) {
            Result one = check(tenant.engine());
            if (!one.isHealthy()) {
                return Result.unhealthy(tenant.id() + ": " + one.getMessage());
            }
            serving.add(tenants.all().size() == 1 ? one.getMessage() : tenant.id() + ": " + one.getMessage());
        }
        return Result.healthy(String.join("; ", serving));
    }

    static Result check(ActiveEngine engine) {
        PathwayEngine active = engine.get();
        Pathway canary = active.suggest(CANARY);
        String ruleSet = active.ruleSet().id() + " " + active.ruleSet().version()
                + " (" + active.ruleNames().size() + " rules)";
        if (!canary.safeguarding().concern() || !canary.steps().get(0).safeguarding()) {
            return Result.unhealthy("rule set " + ruleSet + " does not put safeguarding first for domestic violence");
        }
        return Result.healthy("rule set " + ruleSet);
    }
}
