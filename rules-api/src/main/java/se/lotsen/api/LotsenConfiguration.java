package se.lotsen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.util.Map;

/**
 * Lotsen's configuration. Without a config file the defaults are safe for a family centre's
 * network: the API on 127.0.0.1:8080, the admin port on 127.0.0.1:8081, the bundled rule set.
 */
public class LotsenConfiguration extends Configuration {
    private String ruleSetDirectory;

    public LotsenConfiguration() {
        DefaultServerFactory server = (DefaultServerFactory) getServerFactory();
        // Dropwizard's own default binds every interface; Lotsen answers on loopback unless told otherwise.
        server.getApplicationConnectors().forEach(c -> ((HttpConnectorFactory) c).setBindHost("127.0.0.1"));
        server.getAdminConnectors().forEach(c -> ((HttpConnectorFactory) c).setBindHost("127.0.0.1"));
        ((DefaultLoggingFactory) getLoggingFactory()).setLoggers(Map.of(
                "org.drools", TextNode.valueOf("WARN"),
                "org.kie", TextNode.valueOf("WARN"),
                // Lotsen reports rule compile errors itself, with file and line.
                "org.drools.compiler.kie.builder.impl.KieProject", TextNode.valueOf("OFF")));
    }

    /** A rule-set directory or zip to serve instead of the bundled default; null for the default. */
    @JsonProperty
    public String getRuleSetDirectory() {
        return ruleSetDirectory;
    }

    @JsonProperty
    public void setRuleSetDirectory(String ruleSetDirectory) {
        this.ruleSetDirectory = ruleSetDirectory;
    }
}
