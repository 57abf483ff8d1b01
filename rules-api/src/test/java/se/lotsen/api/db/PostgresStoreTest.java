package se.lotsen.api.db;

import io.dropwizard.db.DataSourceFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The DAO suite on a real PostgreSQL, started by the test on loopback (zonky's embedded PostgreSQL). */
class PostgresStoreTest extends StoreContractTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Override
    protected DataSourceFactory freshDatabase() throws Exception {
        String name = "lotsen_" + DATABASES.incrementAndGet();
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        DataSourceFactory database = new DataSourceFactory();
        database.setDriverClass("org.postgresql.Driver");
        database.setUrl(postgres.getJdbcUrl("postgres", name));
        database.setUser("postgres");
        database.setPassword("postgres");
        return database;
    }
}
