package se.lotsen.api.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import se.lotsen.api.hardening.SafeServerDefaults;

/**
 * Healthy only while every application connector takes new connections: running, its socket open,
 * accepting (not at the connection cap), and with as many live acceptor threads as it started. An
 * upload that exhausted the heap once killed the acceptor while the admin port, and this page with it,
 * stayed green; a load balancer asks here whether to send families' requests to this node.
 */
public class ConnectorHealthCheck extends HealthCheck {
    private final AtomicReference<Server> server = new AtomicReference<>();

    /** Called once Jetty has started. */
    public void watch(Server jetty) {
        server.set(jetty);
    }

    @Override
    protected Result check() {
        Server jetty = server.get();
        if (jetty == null) {
            return Result.unhealthy("the HTTP server has not started");
        }
        List<String> problems = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        for (Connector connector : SafeServerDefaults.applicationConnectors(jetty)) {
            String problem = problem(connector);
            (problem == null ? fine : problems).add(describe(connector) + (problem == null ? "" : ": " + problem));
        }
        if (fine.isEmpty() && problems.isEmpty()) {
            return Result.unhealthy("no application connector");
        }
        return problems.isEmpty() ? Result.healthy("accepting on " + String.join(", ", fine))
                : Result.unhealthy(String.join("; ", problems));
    }

    private static String problem(Connector connector) {
        if (!connector.isRunning()) {
            return "stopped";
        }
        if (connector instanceof NetworkConnector network && !network.isOpen()) {
            return "its socket is closed";
        }
        if (connector instanceof AbstractConnector jetty) {
            if (!jetty.isAccepting()) {
                return "not accepting (at the connection cap)";
            }
            long alive = liveAcceptors(jetty);
            if (alive < jetty.getAcceptors()) {
                return alive + " of " + jetty.getAcceptors() + " acceptor threads alive";
            }
        }
        return null;
    }

    /** Jetty names a running acceptor "{thread}-acceptor-{n}@{hash}-{connector}" and gives the name back when it ends. */
    private static long liveAcceptors(AbstractConnector connector) {
        String suffix = "-" + connector;
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().contains("-acceptor-") && t.getName().endsWith(suffix)).count();
    }

    private static String describe(Connector connector) {
        return connector instanceof NetworkConnector network ? network.getHost() + ":" + network.getLocalPort() : connector.getName();
    }
}
