package se.lotsen.api.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.lotsen.api.db.BaseMove;
import se.lotsen.api.db.PublishedRuleSet;
import se.lotsen.api.db.RuleSetDao;
import se.lotsen.core.PathwayEngine;
import se.lotsen.policy.validation.RuleSetDiff;
import se.lotsen.policy.validation.ValidationReport;

/**
 * How a new base reaches a municipality. Its layer is pinned to the base version it was validated on, so a base the
 * region publishes (or rolls back to) changes no pathway by itself: the municipality's policy owner sees the update
 * with the diff of her own pathways, and accepts it — her layer validated again, in full, on the new base — or the
 * region marks the change a safety correction, which moves every municipality at once and records the diff for each.
 */
public final class BaseUpdates {
    /** How many changed families a stored move keeps (the count is always whole). */
    static final int KEPT_CHANGES = 200;

    private final RuleSetPublisher publisher;
    private final RuleSetDao dao;
    private final ObjectMapper json;
    private final Clock clock;

    public BaseUpdates(RuleSetPublisher publisher, RuleSetDao dao, ObjectMapper json, Clock clock) {
        this.publisher = publisher;
        this.dao = dao;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A base this tenant does not serve yet.
     *
     * @param from the base the tenant's rule set is pinned to ("id version")
     * @param to   the base the region serves now
     * @param diff the tenant's families whose pathway would change, or null when its layer does not build on the new base
     */
    public record Pending(String from, String to, RuleSetDiff.Result diff, ValidationReport report) {
    }

    /** What a move came to: moved (and the diff), or refused with the report of the layer on the new base. */
    public record Moved(boolean moved, String from, String to, String version, RuleSetDiff.Result diff, ValidationReport report) {
    }

    /** The base this tenant's serving rule set is pinned to, "id version" (the base itself when it has no layer). */
    public Optional<String> pinnedBase() {
        return publisher.serving().map(publisher::servesOn);
    }

    /** The new base and the diff of this tenant's pathways, if the region serves another base than the tenant's. */
    public Optional<Pending> pending() {
        if (publisher.isRegion()) {
            return Optional.empty();
        }
        Optional<PublishedRuleSet> serving = publisher.serving();
        Optional<BasePin> to = publisher.regionBase();
        if (serving.isEmpty() || to.isEmpty() || to.get().name().equals(publisher.servesOn(serving.get()))) {
            return Optional.empty();
        }
        Candidate candidate = candidate(serving.get(), to.get());
        try {
            Serving now = publisher.engine().serving();
            if (candidate.serving() == null) {
                return Optional.of(new Pending(publisher.servesOn(serving.get()), to.get().name(), null, candidate.problem()));
            }
            return Optional.of(new Pending(publisher.servesOn(serving.get()), to.get().name(), diff(now, candidate.serving()), null));
        } finally {
            candidate.close();
        }
    }

    /** The policy owner accepts the region's current base: her layer is validated on it in full, then serves. */
    public Moved accept(String by) {
        return move(by, false);
    }

    /**
     * Moves this tenant to the region's current base. A layer that does not validate on it stays where it is when
     * accepting (the report says why); under a safety correction the tenant serves the corrected base without its
     * layer, since the correction exists to stop harm the old base did, and her policy owner is told.
     */
    public synchronized Moved move(String by, boolean safety) {
        PublishedRuleSet serving = publisher.serving().orElseThrow(() -> new IllegalStateException("nothing serves"));
        BasePin to = publisher.regionBase().orElseThrow(() -> new IllegalStateException("the region serves no base"));
        String from = publisher.servesOn(serving);
        if (to.name().equals(from)) {
            return new Moved(false, from, to.name(), serving.version(), null, null);
        }
        Serving before = publisher.engine().serving();
        if (!publisher.isOwnLayer(serving)) {
            // No layer: the tenant serves the base itself, and now the newer one.
            PublishedRuleSet base = publisher.find(to.id(), to.version()).orElseThrow();
            Serving after = publisher.compile(base);
            RuleSetDiff.Result diff = diff(before, after);
            publisher.serve(base, after, by);
            record(from, to.name(), safety, by, diff);
            return new Moved(true, from, to.name(), base.version(), diff, null);
        }
        PublishResult result = publisher.publishOn(publisher.filesOf(serving), to, (safety ? "safety correction, " : "") + by);
        if (result instanceof PublishResult.Published published) {
            RuleSetDiff.Result diff = diff(before, publisher.engine().serving());
            record(from, to.name(), safety, by, diff);
            return new Moved(true, from, to.name(), published.version().version(), diff, published.report());
        }
        ValidationReport report = result instanceof PublishResult.Rejected rejected ? rejected.report() : null;
        if (!safety) {
            return new Moved(false, from, to.name(), serving.version(), null, report);
        }
        PublishedRuleSet base = publisher.find(to.id(), to.version()).orElseThrow();
        Serving after = publisher.compile(base);
        RuleSetDiff.Result diff = diff(before, after);
        publisher.serve(base, after, "safety correction without the layer, " + by);
        record(from, to.name(), true, by, diff);
        return new Moved(true, from, to.name(), base.version(), diff, report);
    }

    /**
     * What this tenant's layer changes over the base it is pinned to: the families whose pathway differs from the
     * base's; empty when the tenant serves the base itself.
     */
    public Optional<RuleSetDiff.Result> layerChanges() {
        Optional<PublishedRuleSet> serving = publisher.serving();
        Optional<BasePin> pin = serving.filter(publisher::isOwnLayer).flatMap(v -> BasePin.of(v.base(), v.baseHash()));
        Optional<PublishedRuleSet> base = pin.flatMap(p -> publisher.find(p.id(), p.version()));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Serving baseServing = publisher.compileFresh(base.get());
        try {
            return Optional.of(diff(baseServing, publisher.engine().serving()));
        } finally {
            baseServing.engine().close();
        }
    }

    /** What reached this tenant: accepted updates and safety corrections, newest first. */
    public List<BaseMove> moves() {
        return dao.moves(publisher.tenant());
    }

    private record Candidate(Serving serving, ValidationReport problem) {
        void close() {
            if (serving != null) {
                serving.engine().close();
            }
        }
    }

    /** The tenant's serving layer compiled on the new base (not validated: for the diff only). */
    private Candidate candidate(PublishedRuleSet serving, BasePin to) {
        try {
            if (!publisher.isOwnLayer(serving)) {
                return new Candidate(publisher.compileFresh(publisher.find(to.id(), to.version()).orElseThrow()), null);
            }
            return new Candidate(publisher.compile(serving, to.resolver(publisher.bases())), null);
        } catch (RuntimeException e) {
            return new Candidate(null, null);
        }
    }

    /** Compared in the validation pool, so the comparison's parallel streams never take the request threads' cores. */
    private RuleSetDiff.Result diff(Serving before, Serving after) {
        PathwayEngine older = before.engine();
        return publisher.validation().await(() -> RuleSetDiff.compare(older, before.scenarios(), after.engine(), after.scenarios(),
                older.today()));
    }

    private void record(String from, String to, boolean safety, String by, RuleSetDiff.Result diff) {
        try {
            String kept = json.writeValueAsString(diff.page(1, KEPT_CHANGES));
            dao.recordMove(publisher.tenant(), new BaseMove(clock.instant().toString(), from, to, safety ? 1 : 0, by, kept));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the diff of a base move", e);
        }
    }

    /** The base a stored version is pinned to; a version without a base is a base itself. */
    static String baseOf(PublishedRuleSet version) {
        return version.base() != null ? version.base() : version.ruleSetId() + " " + version.version();
    }
}
