package se.lotsen.api.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.catalog.store.ActiveRuleSet;
import se.lotsen.catalog.store.RuleSetDao;
import se.lotsen.catalog.store.RuleSetVersion;
import se.lotsen.catalog.validation.RuleSetValidator;
import se.lotsen.catalog.validation.ValidationReport;
import se.lotsen.core.PathwayEngine;

/**
 * Publishing without a restart: validate, compile, keep the version in the store, then swap the
 * serving engine in one step. A rule set that fails validation never serves; the last good one
 * keeps serving. Every version is kept and can be activated again.
 */
public final class RuleSetPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetPublisher.class);

    private final ActiveEngine engine;
    private final RuleSetDao dao;
    private final ObjectMapper json;
    private final Clock clock;

    public RuleSetPublisher(ActiveEngine engine, RuleSetDao dao, ObjectMapper json, Clock clock) {
        this.engine = engine;
        this.dao = dao;
        this.json = json;
        this.clock = clock;
    }

    /** What a publish came to. */
    public sealed interface Outcome permits Published, Rejected, Conflict {
    }

    /** Published and now serving. */
    public record Published(RuleSetVersion version, ValidationReport report, boolean isNew) implements Outcome {
    }

    /** Not valid: nothing changed. */
    public record Rejected(ValidationReport report) implements Outcome {
    }

    /** The version exists with other content: nothing changed. */
    public record Conflict(String version, String storedHash, String uploadedHash) implements Outcome {
    }

    /** The engine to serve at start: the configured directory, else the active stored version, else the bundled default. */
    public static ActiveEngine start(RuleSetDao dao, ObjectMapper json, Clock clock, String ruleSetDirectory) {
        ActiveEngine holder = new ActiveEngine(null);
        RuleSetPublisher publisher = new RuleSetPublisher(holder, dao, json, clock);
        if (ruleSetDirectory != null) {
            Outcome outcome = publisher.publish(RuleSetFiles.read(java.nio.file.Path.of(ruleSetDirectory)),
                    "ruleSetDirectory " + ruleSetDirectory);
            if (holder.get() == null) {
                LOG.error("the rule set in {} cannot serve: {}", ruleSetDirectory, describe(outcome));
            }
        }
        if (holder.get() == null) {
            dao.active().ifPresent(active -> publisher.activate(active.version(), active.activatedBy()));
        }
        if (holder.get() == null) {
            Outcome outcome = publisher.publish(RuleSetFiles.readDefault(), "bundled default");
            if (holder.get() == null) {
                throw new IllegalStateException("the bundled default rule set cannot serve: " + describe(outcome));
            }
        }
        return holder;
    }

    public ValidationReport validate(RuleSetFiles files) {
        return RuleSetValidator.validate(files).report();
    }

    public synchronized Outcome publish(RuleSetFiles files, String by) {
        RuleSetValidator.Result result = RuleSetValidator.validate(files);
        ValidationReport report = result.report();
        if (!result.valid()) {
            return new Rejected(report);
        }
        Optional<RuleSetVersion> stored = dao.find(report.version());
        if (stored.isPresent() && !stored.get().hash().equals(report.hash())) {
            return new Conflict(report.version(), stored.get().hash(), report.hash());
        }
        RuleSetVersion version = stored.orElseGet(() -> {
            RuleSetVersion fresh = new RuleSetVersion(report.version(), report.ruleSetId(), report.hash(),
                    clock.instant().toString(), by, Base64.getEncoder().encodeToString(files.toZip()), toJson(report));
            dao.insert(fresh);
            return fresh;
        });
        swap(version.version(), result.engine(), by);
        return new Published(version, report, stored.isEmpty());
    }

    /** Serves a stored version again (roll back or forward). */
    public synchronized Optional<RuleSetVersion> activate(String version, String by) {
        Optional<RuleSetVersion> stored = dao.find(version);
        stored.ifPresent(v -> swap(version, compile(v), by));
        return stored;
    }

    /**
     * Serves the version another node activated in the shared store, without writing to the store.
     * Reads the store under the same lock as publishing, so a stale read can never undo a publish.
     * Returns false when this node already serves it.
     */
    public synchronized boolean followStore() {
        Optional<ActiveRuleSet> active = dao.active();
        if (active.isEmpty()) {
            return false;
        }
        String version = active.get().version();
        PathwayEngine current = engine.get();
        if (current != null && current.ruleSet().version().equals(version)) {
            return false;
        }
        RuleSetVersion stored = dao.find(version).orElseThrow(() -> new IllegalStateException("no stored version " + version));
        engine.swap(compile(stored));
        LOG.info("rule set {} now serves here, as activated in the shared store", version);
        return true;
    }

    public List<RuleSetVersion> versions() {
        return dao.list();
    }

    public Optional<ActiveRuleSet> active() {
        return dao.active();
    }

    public Optional<RuleSetVersion> find(String version) {
        return dao.find(version);
    }

    private static PathwayEngine compile(RuleSetVersion stored) {
        RuleSetFiles files = RuleSetFiles.fromZip("stored " + stored.version(), Base64.getDecoder().decode(stored.zipBase64()));
        return PathwayEngine.builder().ruleSet(files.toRuleSet()).build();
    }

    private void swap(String version, PathwayEngine compiled, String by) {
        dao.activate(version, clock.instant().toString(), by);
        engine.swap(compiled);
        LOG.info("rule set {} {} now serves (activated by {})", compiled.ruleSet().id(), version, by);
    }

    private String toJson(ValidationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the validation report", e);
        }
    }

    public static String describe(Outcome outcome) {
        if (outcome instanceof Rejected r) {
            return r.report().toText();
        }
        if (outcome instanceof Conflict c) {
            return "version " + c.version() + " was published before with other content; bump the version in ruleset.yaml";
        }
        return "published " + ((Published) outcome).version().version();
    }
}
