package se.lotsen.api;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.sqlite.SQLiteDataSource;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;
import se.lotsen.catalog.store.Store;

/** Configurations for the app under test: random loopback ports, a fresh SQLite file. */
final class TestApps {
    private TestApps() {
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("lotsen-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LotsenConfiguration config(Path dir) {
        LotsenConfiguration config = new LotsenConfiguration();
        DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
        ((HttpConnectorFactory) server.getApplicationConnectors().get(0)).setPort(0);
        ((HttpConnectorFactory) server.getAdminConnectors().get(0)).setPort(0);
        config.setDatabase(LotsenConfiguration.sqlite(dir.resolve("lotsen.db").toString()));
        // Thousands of test requests would flood the build output; PrivacyTest sets its own request log.
        io.dropwizard.request.logging.LogbackAccessRequestLogFactory quiet = new io.dropwizard.request.logging.LogbackAccessRequestLogFactory();
        quiet.setAppenders(java.util.List.of());
        server.setRequestLogFactory(quiet);
        return config;
    }

    /** Keys go straight into the app's store file, as {@code lotsen keys create} would put them. */
    static ApiKeys keys(Path dir) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("lotsen.db") + "?busy_timeout=5000");
        return new ApiKeys(Store.open(dataSource).keys(), Clock.systemUTC());
    }

    static String bearer(ApiKeys keys, Role role) {
        return "Bearer " + keys.create(role, "test " + role).key();
    }
}
