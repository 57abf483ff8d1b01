package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.catalog.ServiceCatalog;

/**
 * Everything a policy owner writes, in memory: the manifest ({@code ruleset.yaml}), the service
 * catalog, the DRL rule files by their path inside the rule set, and the routing tables.
 */
public record RuleSet(RuleSetManifest manifest, ServiceCatalog catalog, List<RuleFile> ruleFiles,
                      List<RoutingTable> tables) {
    public RuleSet {
        ruleFiles = List.copyOf(ruleFiles);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public String id() {
        return manifest.id();
    }

    public String version() {
        return manifest.version();
    }
}
