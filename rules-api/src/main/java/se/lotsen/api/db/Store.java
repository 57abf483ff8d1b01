package se.lotsen.catalog.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Lotsen's store: API keys (hashed) and anonymous counters. The schema's migrations live in
 * {@code db/migration} and are applied when the store opens.
 */
public final class Store {
    private final Jdbi jdbi;

    private Store(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Migrates the database to the current schema, then opens it. */
    public static Store open(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        try {
            jdbi.useHandle(h -> {
                // SQLite-specific: write-ahead logging lets readers and the writer work at once; it is
                // a property of the database file, so setting it once is enough.
                if ("SQLite".equals(h.getConnection().getMetaData().getDatabaseProductName())) {
                    h.execute("PRAGMA journal_mode=WAL");
                }
            });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot open the store: " + e.getMessage(), e);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new Store(jdbi);
    }

    /** True when the database file is in write-ahead-log mode (SQLite only). */
    public String journalMode() {
        return jdbi.withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
    }

    public ApiKeyDao keys() {
        return jdbi.onDemand(ApiKeyDao.class);
    }

    public RuleSetDao ruleSets() {
        return jdbi.onDemand(RuleSetDao.class);
    }

    public CounterDao counters() {
        return jdbi.onDemand(CounterDao.class);
    }

    /** True when the database answers. */
    public boolean reachable() {
        return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    }
}
