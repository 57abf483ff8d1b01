package se.lotsen.api.db;

import io.dropwizard.db.DataSourceFactory;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Lotsen's store: API keys (hashed), published rule sets, anonymous counters and follow-up. No
 * request, nothing that identifies a family. The schema's migrations ({@code db/migration}) are
 * applied before the store opens; SQLite files are put in write-ahead-log mode.
 */
public final class Store {
    private final Jdbi jdbi;

    private Store(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Migrates the database the factory names to the current schema. */
    public static void migrate(DataSourceFactory database) {
        Flyway.configure().dataSource(database.getUrl(), database.getUser(), database.getPassword())
                .locations("classpath:db/migration").load().migrate();
    }

    /** Opens the store on a Jdbi whose database is migrated. */
    public static Store open(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        try {
            jdbi.useHandle(h -> {
                // Write-ahead logging lets readers and the writer work at once; a property of the file.
                if (h.getConnection().getMetaData().getURL().startsWith("jdbc:sqlite:")) {
                    h.execute("PRAGMA journal_mode=WAL");
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the store cannot be opened: " + e.getMessage(), e);
        }
        return new Store(jdbi);
    }

    /** The SQLite journal mode, "wal" when write-ahead logging is on. */
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

    public FollowUpDao followUps() {
        return jdbi.onDemand(FollowUpDao.class);
    }

    public OutcomeCountDao outcomes() {
        return jdbi.onDemand(OutcomeCountDao.class);
    }

    public TenantDao tenants() {
        return jdbi.onDemand(TenantDao.class);
    }

    public CdsHooksDao cdsHooks() {
        return jdbi.onDemand(CdsHooksDao.class);
    }
}
