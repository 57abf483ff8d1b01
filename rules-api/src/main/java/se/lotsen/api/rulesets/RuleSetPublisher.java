package se.lotsen.api.rulesets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.api.db.ActiveRuleSet;
import se.lotsen.api.db.PublishedRuleSet;
import se.lotsen.api.db.RuleSetDao;
import se.lotsen.core.PathwayEngine;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.validation.ExpectationUpdate;
import se.lotsen.policy.validation.RuleSetDiff;
import se.lotsen.policy.validation.RuleSetValidator;
import se.lotsen.policy.validation.ValidationReport;

/**
 * Publishing without a restart: validate (outside the publisher's monitor, so a slow upload never holds up an
 * activation), keep the version in the store, then compile and swap the serving engine under the monitor, in one
 * step (an activation compiles the stored version it activates).
 * A rule set that fails validation never serves; the last good one keeps serving. Every version is
 * kept and can be activated again.
 */
public final class RuleSetPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetPublisher.class);

    private final ActiveEngine engine;
    private final RuleSetDao dao;
    private final ObjectMapper json;
    private final Clock clock;
    private final RuleSetValidator.Options options;
    private final ValidationPool validation;

    /**
     * @param randomFamilies the size of validation's random exploration
     * @param validation     where validating and compiling run, bounded and apart from requests
     */
    public RuleSetPublisher(ActiveEngine engine, RuleSetDao dao, ObjectMapper json, Clock clock, int randomFamilies,
                            ValidationPool validation) {
        this.engine = engine;
        this.validation = validation;
        this.dao = dao;
        this.json = json;
        this.clock = clock;
        this.options = new RuleSetValidator.Options(new StoredRuleSets(dao), clock, randomFamilies);
    }

    /** Serves at start: the configured directory, else the store's active version, else the bundled default. */
    public void start(String ruleSetDirectory) {
        if (ruleSetDirectory != null) {
            PublishResult result = publish(RuleSetFiles.read(Path.of(ruleSetDirectory)), "ruleSetDirectory " + ruleSetDirectory,
                    options);
            if (!engine.isServing()) {
                LOG.error("the rule set in {} cannot serve: {}", ruleSetDirectory, describe(result));
            }
        }
        if (!engine.isServing()) {
            dao.active().ifPresent(active -> activate(active.ruleSetId(), active.version(), active.activatedBy()));
        }
        if (!engine.isServing()) {
            // The build checked the bundled default's properties over every family; at start it is compiled and its
            // scenarios run, so the first answer does not wait for the exploration.
            RuleSetFiles bundled = RuleSetFiles.readDefault();
            PublishResult result = publish(bundled, "bundled default", options.scenariosOnly());
            if (result instanceof PublishResult.AlreadyPublished a) {
                activate(a.version().ruleSetId(), a.version().version(), "bundled default");
            }
            if (!engine.isServing()) {
                throw new IllegalStateException("the bundled default rule set cannot serve: " + describe(result));
            }
        }
    }

    /** Checks an upload; 429 when every validation place is taken. */
    public ValidationReport validate(RuleSetFiles files) {
        return validation.offer(() -> {
            RuleSetValidator.Result result = RuleSetValidator.validate(files, options);
            close(result.engine());
            return result.report();
        });
    }

    /** A comparison with the serving rule set: the diff, or the report when the files cannot be compared. */
    public record Comparison(RuleSetDiff.Result diff, ValidationReport report) {
    }

    /** What changes for families if these files replaced the serving rule set. */
    public Comparison diffWithActive(RuleSetFiles files) {
        return validation.offer(() -> {
            RuleSetValidator.Result candidate = RuleSetValidator.validate(files,
                    options.scenariosOnly());
            if (candidate.engine() == null) {
                return new Comparison(null, candidate.report());
            }
            Serving serving = engine.serving();
            try (PathwayEngine compared = candidate.engine()) {
                return new Comparison(RuleSetDiff.compare(serving.engine(), serving.scenarios(), compared,
                        candidate.loaded().scenarios(), serving.engine().today()), candidate.report());
            }
        });
    }

    /** "Uppdatera förväntan": the upload with a failing scenario's row expecting what came; 429 when every validation place is taken. */
    public ExpectationUpdate.Result updateExpectation(RuleSetFiles files, String scenario) {
        return validation.offer(() -> ExpectationUpdate.update(files, scenario, options));
    }

    /** A stored version's files. */
    public RuleSetFiles filesOf(PublishedRuleSet stored) {
        return StoredRuleSets.files(stored);
    }

    /** Publishes an upload (numbered first, see {@link VersionNumbering}); 429 when every validation place is taken. */
    public PublishResult publish(RuleSetFiles uploaded, String by) {
        VersionNumbering.Decision numbered = VersionNumbering.decide(uploaded, dao.list(), options.today());
        if (numbered.identical() != null) {
            return new PublishResult.AlreadyPublished(numbered.identical());
        }
        RuleSetFiles files = numbered.files();
        return publish(files, by, validation.offer(() -> RuleSetValidator.validate(files, options)));
    }

    /** Publishes from the background (a watched directory): waits for a validation place rather than being refused. */
    public PublishResult publishWaiting(RuleSetFiles files, String by) {
        return publish(files, by, options);
    }

    private PublishResult publish(RuleSetFiles uploaded, String by, RuleSetValidator.Options checks) {
        VersionNumbering.Decision numbered = VersionNumbering.decide(uploaded, dao.list(), checks.today());
        if (numbered.identical() != null) {
            return new PublishResult.AlreadyPublished(numbered.identical());
        }
        RuleSetFiles files = numbered.files();
        return publish(files, by, validation.await(() -> RuleSetValidator.validate(files, checks)));
    }

    private PublishResult publish(RuleSetFiles files, String by, RuleSetValidator.Result result) {
        ValidationReport report = result.report();
        if (!result.valid()) {
            close(result.engine());
            return new PublishResult.Rejected(report);
        }
        synchronized (this) {
            Optional<PublishedRuleSet> stored = dao.find(report.ruleSetId(), report.version());
            if (stored.isPresent()) {
                close(result.engine());
                return stored.get().hash().equals(report.hash()) ? new PublishResult.AlreadyPublished(stored.get())
                        : new PublishResult.Conflict(report.ruleSetId(), report.version(), stored.get().hash(), report.hash());
            }
            PublishedRuleSet version = new PublishedRuleSet(report.ruleSetId(), report.version(), report.hash(),
                    baseSpec(files), clock.instant().toString(), by, Base64.getEncoder().encodeToString(files.toZip()), toJson(report));
            dao.insert(version);
            swap(version, new Serving(result.engine(), report.ruleSetId(), report.version(), report.hash(),
                    result.loaded().scenarios()), by);
            return new PublishResult.Published(version, report, affectedLayers(report.ruleSetId()));
        }
    }

    /** Serves a stored version again (roll back or forward). */
    public synchronized Optional<PublishedRuleSet> activate(String ruleSetId, String version, String by) {
        Optional<PublishedRuleSet> stored = dao.find(ruleSetId, version);
        stored.ifPresent(v -> swap(v, compile(v), by));
        return stored;
    }

    /** The versions named this version, whatever their rule set (an activation names a version only). */
    public List<PublishedRuleSet> withVersion(String version) {
        return dao.findByVersion(version);
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
        ActiveRuleSet a = active.get();
        if (engine.isServing() && engine.serving().ruleSetId().equals(a.ruleSetId()) && engine.serving().version().equals(a.version())) {
            return false;
        }
        PublishedRuleSet stored = dao.find(a.ruleSetId(), a.version())
                .orElseThrow(() -> new IllegalStateException("no stored version " + a.ruleSetId() + " " + a.version()));
        engine.swap(compile(stored));
        LOG.info("rule set {} {} now serves here, as activated in the shared store", a.ruleSetId(), a.version());
        return true;
    }

    public List<PublishedRuleSet> versions() {
        return dao.list();
    }

    public Optional<ActiveRuleSet> active() {
        return dao.active();
    }

    public Optional<PublishedRuleSet> find(String ruleSetId, String version) {
        return dao.find(ruleSetId, version);
    }

    private Serving compile(PublishedRuleSet stored) {
        return validation.await(() -> {
            RuleSetFiles files = StoredRuleSets.files(stored);
            RuleSetLoader.Loaded loaded = RuleSetLoader.load(files, options.bases(), LocalDate.now(clock));
            PathwayEngine compiled = PathwayEngine.builder().ruleSet(loaded.ruleSet()).clock(clock).build();
            return new Serving(compiled, stored.ruleSetId(), stored.version(), stored.hash(), loaded.scenarios());
        });
    }

    private static void close(PathwayEngine unused) {
        if (unused != null) {
            unused.close();
        }
    }

    private void swap(PublishedRuleSet version, Serving serving, String by) {
        dao.activate(version.ruleSetId(), version.version(), clock.instant().toString(), by);
        engine.swap(serving);
        LOG.info("rule set {} {} now serves (activated by {})", version.ruleSetId(), version.version(), by);
    }

    /** The published layers that extend this rule set: those that follow its latest change with this publish. */
    private List<PublishResult.AffectedLayer> affectedLayers(String ruleSetId) {
        List<PublishResult.AffectedLayer> layers = new ArrayList<>();
        for (PublishedRuleSet v : dao.list()) {
            if (v.base() != null && (v.base().equals(ruleSetId) || v.base().startsWith(ruleSetId + " "))) {
                layers.add(new PublishResult.AffectedLayer(v.ruleSetId(), v.version(), v.base().equals(ruleSetId)));
            }
        }
        return layers;
    }

    /** "id" for a layer that follows its base's latest version, "id version" for one that names a version. */
    private static String baseSpec(RuleSetFiles files) {
        return RuleSetLoader.extendsOf(files).map(e -> e.version() == null ? e.id() : e.id() + " " + e.version()).orElse(null);
    }

    private String toJson(ValidationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the validation report", e);
        }
    }

    public static String describe(PublishResult result) {
        if (result instanceof PublishResult.Rejected r) {
            return r.report().toText();
        }
        if (result instanceof PublishResult.Conflict c) {
            return "version " + c.version() + " of " + c.ruleSetId() + " was published at the same moment with other content; "
                    + "publish again to get the next version";
        }
        if (result instanceof PublishResult.AlreadyPublished a) {
            return "this is " + a.version().ruleSetId() + " version " + a.version().version()
                    + " already (published before with this very content); activate it to serve it again";
        }
        PublishResult.Published p = (PublishResult.Published) result;
        return "published " + p.version().ruleSetId() + " " + p.version().version();
    }
}
