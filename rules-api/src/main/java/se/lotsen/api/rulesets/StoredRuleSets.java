package se.lotsen.api.rulesets;

import java.util.Base64;
import java.util.Optional;
import se.lotsen.api.db.PublishedRuleSet;
import se.lotsen.api.db.RuleSetDao;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;

/** Finds a layer's base among the published rule sets, then among the bundled ones. */
final class StoredRuleSets implements BaseResolver {
    private final RuleSetDao dao;

    StoredRuleSets(RuleSetDao dao) {
        this.dao = dao;
    }

    @Override
    public Optional<RuleSetFiles> find(String id, String version) {
        Optional<PublishedRuleSet> stored = version == null ? dao.latest(id) : dao.find(id, version);
        return stored.map(StoredRuleSets::files).or(() -> BaseResolver.bundled().find(id, version));
    }

    static RuleSetFiles files(PublishedRuleSet stored) {
        return RuleSetFiles.fromZip("stored " + stored.ruleSetId() + " " + stored.version(),
                Base64.getDecoder().decode(stored.zipBase64()));
    }
}
