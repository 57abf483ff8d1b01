package se.lotsen.api.health;

import com.codahale.metrics.health.HealthCheck;
import se.lotsen.catalog.store.Store;

/** Healthy when the store answers. */
public class StoreHealthCheck extends HealthCheck {
    private final Store store;

    public StoreHealthCheck(Store store) {
        this.store = store;
    }

    @Override
    protected Result check() {
        return store.reachable() ? Result.healthy() : Result.unhealthy("the store does not answer");
    }
}
