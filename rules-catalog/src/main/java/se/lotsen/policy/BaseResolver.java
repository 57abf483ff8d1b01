package se.lotsen.policy;

import java.util.Optional;

/**
 * Finds the rule set a layer extends: by id, and by version when the layer pins one (null: the
 * latest). The bundled default is always there; the server adds every published version.
 */
@FunctionalInterface
public interface BaseResolver {
    Optional<RuleSetFiles> find(String id, String version);

    /** The bundled default rule set, when asked for by its id (and its version, if one is given). */
    static BaseResolver bundled() {
        return (id, version) -> {
            RuleSetFiles bundled = RuleSetFiles.readDefault();
            boolean matches = bundled.id().equals(id) && (version == null || bundled.version().equals(version));
            return matches ? Optional.of(bundled) : Optional.empty();
        };
    }

    /** Tries this resolver, then the other. */
    default BaseResolver or(BaseResolver other) {
        return (id, version) -> find(id, version).or(() -> other.find(id, version));
    }
}
