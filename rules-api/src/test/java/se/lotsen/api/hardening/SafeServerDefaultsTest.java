package se.lotsen.api.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lotsen.api.LotsenConfiguration;

/** Safe defaults hold when a config file replaces the server: block without naming a host. */
class SafeServerDefaultsTest {
    private static LotsenConfiguration read(String yaml) throws Exception {
        YamlConfigurationFactory<LotsenConfiguration> factory = new YamlConfigurationFactory<>(LotsenConfiguration.class,
                Validation.buildDefaultValidatorFactory().getValidator(), Jackson.newObjectMapper(), "dw");
        return factory.build(path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "config.yml");
    }

    @Test
    void aConfigWithOnlyPortsBindsLoopbackWithTheShortIdleTimeoutAndAMinimumDataRate() throws Exception {
        LotsenConfiguration config = read("""
                server:
                  applicationConnectors:
                    - type: http
                      port: 9090
                  adminConnectors:
                    - type: http
                      port: 9091
                """);

        SafeServerDefaults.apply(config.getServerFactory(), new Environment("test"));

        assertThat(SafeServerDefaults.connectors(config.getServerFactory())).hasSize(2).allSatisfy(c -> {
            assertThat(c.getBindHost()).isEqualTo("127.0.0.1");
            assertThat(c.getIdleTimeout()).isEqualTo(Duration.seconds(15));
            assertThat(c.getMinRequestDataPerSecond()).isEqualTo(DataSize.bytes(16));
        });
    }

    @Test
    void aHostTheConfigNamesIsKept() throws Exception {
        LotsenConfiguration config = read("""
                server:
                  applicationConnectors:
                    - type: http
                      bindHost: 0.0.0.0
                      port: 9090
                    - type: http
                      port: 9091
                """);

        SafeServerDefaults.apply(config.getServerFactory(), new Environment("test"));

        // the named host stays, and the same step binds the connector that names none to loopback
        List<HttpConnectorFactory> application = SafeServerDefaults.connectors(config.getServerFactory());
        assertThat(application.get(0).getBindHost()).isEqualTo("0.0.0.0");
        assertThat(application.get(1).getBindHost()).isEqualTo("127.0.0.1");
    }
}
