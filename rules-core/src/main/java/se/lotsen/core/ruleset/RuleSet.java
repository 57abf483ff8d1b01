package se.lotsen.core.ruleset;

import java.util.List;
import se.lotsen.core.catalog.ServiceCatalog;

/**
 * Everything a policy owner writes, in memory: the manifest ({@code ruleset.yaml}), the service
 * catalog, and the rule files (DRL and decision tables) by their path inside the rule set.
 */
public record RuleSet(RuleSetManifest manifest, ServiceCatalog catalog, List<RuleFile> ruleFiles) {
    public RuleSet {
        ruleFiles = List.copyOf(ruleFiles);
    }

    public String id() {
        return manifest.id();
    }

    public String version() {
        return manifest.version();
    }
}
