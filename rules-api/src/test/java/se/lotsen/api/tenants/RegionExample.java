package se.lotsen.api.tenants;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Path;
import java.util.List;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.TestApp;

/** The README's region example (examples/region/config.yml), read as the server reads it, started under test. */
final class RegionExample {
    /** The repository root, as the config's relative paths are written from it. */
    static final Path ROOT = Path.of(System.getProperty("lotsen.examples", "../examples")).getParent() == null ? Path.of("..")
            : Path.of(System.getProperty("lotsen.examples", "../examples")).getParent();
    static final Path CONFIG = ROOT.resolve("examples/region/config.yml");

    /** A typical infant family: 3 months, a MODERATE sleep need. */
    static final String INFANT = "{\"childAgeMonths\": 3, \"needs\": [{\"category\": \"SLEEP\", \"severity\": \"MODERATE\"}]}";

    private RegionExample() {
    }

    /** The example's configuration, as {@code server examples/region/config.yml} reads it. */
    static LotsenConfiguration read() throws Exception {
        ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());
        return new YamlConfigurationFactory<>(LotsenConfiguration.class, Validators.newValidator(), yaml, "dw")
                .build(new FileConfigurationSourceProvider(), CONFIG.toString());
    }

    /** The example's tenants, with their folders resolved from the repository root. */
    static List<TenantConfiguration> tenants() throws Exception {
        List<TenantConfiguration> tenants = read().getTenants();
        tenants.forEach(t -> t.setRuleSetDirectory(ROOT.resolve(t.getRuleSetDirectory()).toString()));
        return tenants;
    }

    /** A test server serving the example's region and tenants. */
    static TestApp start() throws Exception {
        List<TenantConfiguration> tenants = tenants();
        return TestApp.start(c -> c.setTenants(tenants));
    }
}
