package se.lotsen.api;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Server;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.LoggerFactory;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;
import se.lotsen.api.db.Store;

/**
 * A Lotsen server under test: random loopback ports, a fresh SQLite file, short intervals, keys put
 * straight into its store (as {@code lotsen keys create} would), and a loopback HTTP client.
 */
public final class TestApp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final DropwizardTestSupport<LotsenConfiguration> support;
    private final Map<Role, String> keys = new EnumMap<>(Role.class);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(5)).build();
    private ApiKeys apiKeys;

    private TestApp(Path dir, LotsenConfiguration configuration) {
        this.dir = dir;
        this.support = new DropwizardTestSupport<>(LotsenApplication.class, configuration);
    }

    /** Starts a server; {@code customize} changes the test configuration first. */
    public static TestApp start(Consumer<LotsenConfiguration> customize) {
        Path dir = tempDir();
        LotsenConfiguration configuration = configuration(dir);
        customize.accept(configuration);
        TestApp app = new TestApp(dir, configuration);
        try {
            app.support.before();
        } catch (Exception e) {
            throw new IllegalStateException("the test server did not start", e);
        }
        return app;
    }

    public static TestApp start() {
        return start(c -> { });
    }

    /** The configuration tests start from: loopback on random ports, SQLite in {@code dir}, short intervals, a quiet log. */
    public static LotsenConfiguration configuration(Path dir) {
        LotsenConfiguration config = new LotsenConfiguration();
        DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
        ((HttpConnectorFactory) server.getApplicationConnectors().get(0)).setPort(0);
        ((HttpConnectorFactory) server.getAdminConnectors().get(0)).setPort(0);
        LogbackAccessRequestLogFactory quiet = new LogbackAccessRequestLogFactory();
        quiet.setAppenders(List.of());
        server.setRequestLogFactory(quiet);
        ((DefaultLoggingFactory) config.getLoggingFactory()).setLevel("WARN");
        config.setDatabase(LotsenConfiguration.sqlite(dir.resolve("lotsen.db").toString()));
        config.setStatsFlushInterval(Duration.seconds(1));
        config.setKeyRevocationPoll(Duration.milliseconds(100));
        config.getRuleSets().setFollowInterval(Duration.milliseconds(200));
        config.getRuleSets().setWatchInterval(Duration.milliseconds(200));
        // Publishing in these tests checks every property over the full grid; the random exploration on top is the
        // catalog's tests' business (RuleSetValidatorTest, PropertiesTest).
        config.getRuleSets().setExplore(0);
        return config;
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("lotsen-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public int port() {
        return support.getLocalPort();
    }

    public int adminPort() {
        return support.getAdminPort();
    }

    /** The running Jetty server (application and admin connectors), for tests that break it on purpose. */
    public Server jetty() {
        return support.getEnvironment().getApplicationContext().getServer();
    }

    public LotsenConfiguration configuration() {
        return support.getConfiguration();
    }

    /** The key store of this server, opened beside it on the same database. */
    public synchronized ApiKeys apiKeys() {
        if (apiKeys == null) {
            apiKeys = new ApiKeys(store().keys(), Clock.systemUTC());
        }
        return apiKeys;
    }

    /** This server's store, opened beside it on the same database. */
    public Store store() {
        DataSourceFactory db = configuration().getDatabase();
        Jdbi jdbi = db.getUser() == null ? Jdbi.create(db.getUrl()) : Jdbi.create(db.getUrl(), db.getUser(), db.getPassword());
        return Store.open(jdbi);
    }

    /** "Bearer KEY" for a key of this role, one per role and server. */
    public synchronized String key(Role role) {
        return keys.computeIfAbsent(role, r -> newKey(r));
    }

    /** "Bearer KEY" for a fresh key of this tenant and role. */
    public String newKey(String tenant, Role role) {
        return "Bearer " + apiKeys().create(tenant, role, "test " + tenant + " " + role).key();
    }

    /** "Bearer KEY" for a fresh key of this role. */
    public String newKey(Role role) {
        return "Bearer " + apiKeys().create(role, "test " + role).key();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public HttpResponse<String> get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    public HttpResponse<String> get(String path, String authorization, String accept) {
        return send(request(path, authorization).header("Accept", accept).GET());
    }

    public HttpResponse<String> postJson(String path, String authorization, String json) {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, String authorization, String contentType, byte[] body) {
        return send(request(path, authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(java.time.Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Override
    public void close() {
        support.after();
        // Stopping resets Logback to Dropwizard's bootstrap console at DEBUG; the tests' own quiet configuration
        // (logback-test.xml) comes back, so the next test's libraries do not fill the build log.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("logback-test.xml cannot be read", e);
        }
    }
}
