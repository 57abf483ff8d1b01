package se.lotsen.api.publishing;

import java.util.Base64;
import java.util.Optional;
import se.lotsen.api.db.ActiveRuleSet;
import se.lotsen.api.db.PublishedRuleSet;
import se.lotsen.api.db.RuleSetDao;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;

/**
 * Finds a layer's base among the region's published versions, then among the bundled ones. A layer that names no
 * version gets the base the region serves now (or the one the region's serving layer is pinned to) — never the
 * newest stored one, which may be a version the region rolled back.
 */
final class StoredRuleSets implements BaseResolver {
    private final RuleSetDao dao;
    private final String region;

    StoredRuleSets(RuleSetDao dao, String region) {
        this.dao = dao;
        this.region = region;
    }

    @Override
    public Optional<RuleSetFiles> find(String id, String version) {
        String wanted = version != null ? version : servingVersionOf(id).orElse(null);
        Optional<PublishedRuleSet> stored = wanted == null ? Optional.empty() : dao.find(region, id, wanted);
        return stored.map(StoredRuleSets::files).or(() -> BaseResolver.bundled().find(id, version));
    }

    /** The version of {@code id} the region serves: its active rule set, or the base its active layer is pinned to. */
    Optional<String> servingVersionOf(String id) {
        Optional<ActiveRuleSet> active = dao.active(region);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        if (active.get().ruleSetId().equals(id)) {
            return Optional.of(active.get().version());
        }
        return dao.find(region, active.get().ruleSetId(), active.get().version())
                .map(PublishedRuleSet::base).flatMap(base -> BasePin.parse(base))
                .filter(pin -> pin.id().equals(id)).map(BasePin::version);
    }

    static RuleSetFiles files(PublishedRuleSet stored) {
        return RuleSetFiles.fromZip("stored " + stored.ruleSetId() + " " + stored.version(),
                Base64.getDecoder().decode(stored.zipBase64()));
    }
}
