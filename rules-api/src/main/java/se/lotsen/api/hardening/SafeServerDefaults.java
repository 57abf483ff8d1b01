package se.lotsen.api.hardening;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import se.lotsen.api.ConnectionsConfiguration;

/**
 * Safe defaults for the HTTP server, applied after the configuration is read, so they hold also
 * when a config file replaces the whole {@code server:} block: loopback unless a host is named, a
 * short idle timeout, a minimum request data rate (a slow body cannot hold a thread), a deadline for
 * a request's headers ({@link HeaderDeadline}), a cap on the application port's open connections
 * ({@link ConnectionsConfiguration}), and no capability in the request log ({@link MaskingRequestLog}).
 */
public final class SafeServerDefaults {
    public static final String LOOPBACK = "127.0.0.1";
    static final Duration IDLE_TIMEOUT = Duration.seconds(15);
    static final Duration DROPWIZARD_IDLE_TIMEOUT = Duration.seconds(30);
    // Jetty measures from the first byte to the read, so a small body read late under load looks slow: the rate is
    // low enough that a body read within seconds passes, high enough that a body dribbled byte by byte does not.
    static final DataSize MIN_REQUEST_RATE = DataSize.bytes(16);
    static final long BODY_READ_MILLIS = 10_000;
    static final String ADMIN = "admin";

    private SafeServerDefaults() {
    }

    public static void apply(ServerFactory server, Environment environment) {
        apply(server, new ConnectionsConfiguration(), environment);
    }

    public static void apply(ServerFactory server, ConnectionsConfiguration connections, Environment environment) {
        for (HttpConnectorFactory connector : connectors(server)) {
            if (connector.getBindHost() == null || connector.getBindHost().isBlank()) {
                connector.setBindHost(LOOPBACK);
            }
            if (connector.getIdleTimeout().equals(DROPWIZARD_IDLE_TIMEOUT)) {
                connector.setIdleTimeout(IDLE_TIMEOUT);
            }
            if (connector.getMinRequestDataPerSecond().toBytes() == 0) {
                connector.setMinRequestDataPerSecond(MIN_REQUEST_RATE);
            }
        }
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            // Before the connectors start: a connector hands its accept listeners (the connection cap) to its selector
            // only when it starts, so the cap that was added once the server ran was never in force.
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server jetty) {
                    beforeStart(jetty, connections);
                }
            }
        });
        environment.lifecycle().addServerLifecycleListener(jetty -> {
            for (Connector connector : jetty.getConnectors()) {
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    // A stream's read (a request body) may stall at most this long; headers have their own deadline.
                    http.getHttpConfiguration().setIdleTimeout(BODY_READ_MILLIS);
                }
            }
        });
    }

    /** The request log's masking, the connection cap and the header deadline: all must be in place before Jetty starts. */
    private static void beforeStart(Server jetty, ConnectionsConfiguration connections) {
        if (jetty.getRequestLog() != null && !(jetty.getRequestLog() instanceof MaskingRequestLog)) {
            jetty.setRequestLog(new MaskingRequestLog(jetty.getRequestLog()));
        }
        Connector[] application = applicationConnectors(jetty);
        if (application.length == 0) {
            return;
        }
        // The cap is on the application connectors only, so the admin port's health check still answers (and says so).
        NetworkConnectionLimit limit = new NetworkConnectionLimit(connections.getMax(), application);
        limit.setEndPointIdleTimeout(IDLE_TIMEOUT.toMilliseconds() / 3);
        jetty.addBean(limit);
        HeaderDeadline deadline = new HeaderDeadline(connections.getHeaderDeadline().toMilliseconds(), jetty.getScheduler());
        for (Connector connector : jetty.getConnectors()) {
            connector.addEventListener(deadline);
        }
        jetty.addBean(deadline);
    }

    /** Every connector but the admin port's ({@code DefaultServerFactory} names them "application" and "admin"). */
    public static Connector[] applicationConnectors(Server jetty) {
        return Arrays.stream(jetty.getConnectors()).filter(c -> !ADMIN.equals(c.getName())).toArray(Connector[]::new);
    }

    /** Every HTTP connector, application and admin. */
    public static List<HttpConnectorFactory> connectors(ServerFactory server) {
        List<ConnectorFactory> all = new ArrayList<>();
        if (server instanceof DefaultServerFactory d) {
            all.addAll(d.getApplicationConnectors());
            all.addAll(d.getAdminConnectors());
        } else if (server instanceof SimpleServerFactory s) {
            all.add(s.getConnector());
        }
        return all.stream().filter(HttpConnectorFactory.class::isInstance).map(HttpConnectorFactory.class::cast).toList();
    }
}
