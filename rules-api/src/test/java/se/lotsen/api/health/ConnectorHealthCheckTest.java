package se.lotsen.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;
import se.lotsen.api.hardening.SafeServerDefaults;

/** The admin port's health check says when the application port no longer takes connections. */
class ConnectorHealthCheckTest {
    private static HttpResponse<String> health(TestApp app) {
        return app.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.adminPort() + "/healthcheck")).GET());
    }

    @Test
    void theHealthCheckGoesRedWhenTheApplicationConnectorStops() throws Exception {
        try (TestApp app = TestApp.start()) {
            HttpResponse<String> green = health(app);
            assertThat(green.statusCode()).as(green.body()).isEqualTo(200);
            assertThat(TestApp.json(green).get("connectors").get("healthy").asBoolean()).isTrue();

            for (Connector connector : SafeServerDefaults.applicationConnectors(app.jetty())) {
                assertThat(((AbstractConnector) connector).getAcceptors()).as("acceptor threads, which green counted alive").isPositive();
                connector.stop();
            }
            HttpResponse<String> red = health(app);

            assertThat(red.statusCode()).isEqualTo(500);
            assertThat(TestApp.json(red).get("connectors").get("healthy").asBoolean()).isFalse();
            assertThat(TestApp.json(red).get("connectors").get("message").asText()).contains("stopped");
            assertThat(TestApp.json(red).get("ruleset").get("healthy").asBoolean()).as("the rest is still well").isTrue();
        }
    }
}
