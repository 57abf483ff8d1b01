package se.lotsen.api.hardening;

import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.health.ConnectorHealthCheck;

/**
 * Everything that keeps a deployment safe whatever its config file says, in one place: loopback,
 * timeouts and connection limits, a health check that goes red when the application port stops
 * accepting, no logging of keys or bodies, no tasks on the admin port, security headers, body size
 * limits and Lotsen's own error shape (Dropwizard's default mappers would answer in theirs).
 */
public final class Hardening {
    private Hardening() {
    }

    public static void apply(LotsenConfiguration configuration, Environment environment) {
        SafeServerDefaults.apply(configuration.getServerFactory(), configuration.getConnections(), environment);
        LogRedaction.install();
        ConnectorHealthCheck connectors = new ConnectorHealthCheck();
        environment.lifecycle().addServerLifecycleListener(connectors::watch);
        environment.healthChecks().register("connectors", connectors);
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        environment.admin().addFilter("admin-task-guard", new AdminTaskGuard())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        environment.servlets().addFilter("security-headers", new SecurityHeaders())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        environment.jersey().register(new RequestSizeLimit(configuration.getMaxRequestSize().toBytes(),
                configuration.getRuleSets().getMaxSize().toBytes()));
        environment.jersey().register(new RateLimit(configuration.getRateLimit().getPerMinute(),
                configuration.getRateLimit().getBurst()));
    }
}
