package se.lotsen.api.publishing;

import java.util.List;
import se.lotsen.api.db.PublishedRuleSet;
import se.lotsen.policy.validation.ValidationReport;

/** What a publish came to. */
public sealed interface PublishResult {
    /**
     * Published and now serving.
     *
     * @param affectedLayers the published layers built on this rule set, and whether this publish changes them
     */
    record Published(PublishedRuleSet version, ValidationReport report, List<AffectedLayer> affectedLayers) implements PublishResult {
    }

    /** Not valid: nothing changed. */
    record Rejected(ValidationReport report) implements PublishResult {
    }

    /** The version exists with other content: nothing changed. */
    record Conflict(String ruleSetId, String version, String storedHash, String uploadedHash) implements PublishResult {
    }

    /** This very content was published before: nothing changed; activate that version to serve it again. */
    record AlreadyPublished(PublishedRuleSet version) implements PublishResult {
    }

    /**
     * A published layer built on the rule set just published.
     *
     * @param follows true only for a layer stored before layers were pinned (its base named by id alone, so it follows
     *                what serves); every layer published since is pinned to a base version, and a publish changes none
     */
    record AffectedLayer(String ruleSetId, String version, boolean follows) {
    }
}
