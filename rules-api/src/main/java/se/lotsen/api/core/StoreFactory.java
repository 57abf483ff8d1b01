package se.lotsen.api.core;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import se.lotsen.catalog.store.Store;

/** Opens the store on a pooled data source built from the configuration. */
public final class StoreFactory {
    private StoreFactory() {
    }

    /** The opened store and the pool behind it, which the caller starts and stops. */
    public record Opened(Store store, ManagedDataSource dataSource) {
    }

    public static Opened open(DataSourceFactory database, MetricRegistry metrics) {
        ManagedDataSource dataSource = database.build(metrics, "store");
        return new Opened(Store.open(dataSource), dataSource);
    }
}
