package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * config/example.yml is the whole configuration: it names every setting Lotsen has (a new one without its line fails
 * here), each at its default, and a server starts from it.
 */
class ConfigurationTest {
    private static final Path EXAMPLE = Path.of("../config/example.yml");
    /** Dropwizard's own groups, which the example shows only in part (the connectors) or not at all. */
    private static final List<String> DROPWIZARD = List.of("server", "logging", "metrics", "health", "admin");

    private final ObjectMapper mapper = Jackson.newObjectMapper(new YAMLFactory());

    @Test
    void theExampleNamesEverySettingAtItsDefault() throws Exception {
        LotsenConfiguration read = new YamlConfigurationFactory<>(LotsenConfiguration.class, Validators.newValidator(), mapper, "dw")
                .build(new FileConfigurationSourceProvider(), EXAMPLE.toString());
        ObjectNode defaults = lotsensOwn(mapper.valueToTree(new LotsenConfiguration()));
        ObjectNode fromExample = lotsensOwn(mapper.valueToTree(read));
        JsonNode written = mapper.readTree(EXAMPLE.toFile());

        assertThat(fromExample).isEqualTo(defaults);
        assertNamed(defaults, written, "");
    }

    /** Every key of Lotsen's own groups is written in the file (the data source's many pool settings excepted). */
    private static void assertNamed(JsonNode defaults, JsonNode written, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = defaults.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = path + field.getKey();
            assertThat(written.has(field.getKey())).as(key + " is not in config/example.yml").isTrue();
            if (field.getValue().isObject() && !key.equals("database") && !field.getValue().isEmpty()) {
                assertNamed(field.getValue(), written.get(field.getKey()), key + ".");
            }
        }
    }

    private static ObjectNode lotsensOwn(ObjectNode configuration) {
        DROPWIZARD.forEach(configuration::remove);
        return configuration;
    }

    @Test
    void aServerStartsFromTheExample(@TempDir Path dir) throws Exception {
        DropwizardTestSupport<LotsenConfiguration> server = new DropwizardTestSupport<>(LotsenApplication.class,
                EXAMPLE.toString(), ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("database.url", "jdbc:sqlite:" + dir.resolve("lotsen.db").toString().replace('\\', '/')),
                ConfigOverride.config("logging.level", "WARN"));
        server.before();
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAdminPort() + "/healthcheck")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        } finally {
            server.after();
        }
    }
}
