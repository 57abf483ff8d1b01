package se.lotsen.api.publishing;

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
import se.lotsen.api.db.Tenant;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Violation;
import se.lotsen.policy.BaseResolver;
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
 *
 * <p>One publisher a tenant: it reads and writes only that tenant's versions and active version. A municipality's
 * rule set is a layer on its region's base, pinned to the base version (and the hash of its files) it was validated
 * on; the region's publisher publishes the base. {@link BaseUpdates} moves a municipality to a newer base.
 */
public final class RuleSetPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetPublisher.class);

    private final ActiveEngine engine;
    private final RuleSetDao dao;
    private final String tenant;
    private final String region;
    private final StoredRuleSets bases;
    private final ObjectMapper json;
    private final Clock clock;
    private final RuleSetValidator.Options options;
    private final ValidationPool validation;
    private final SharedEngines shared;

    /**
     * The single-tenant store's publisher (the tenant {@code default}, a region of its own).
     *
     * @param randomFamilies the size of validation's random exploration
     * @param validation     where validating and compiling run, bounded and apart from requests
     */
    public RuleSetPublisher(ActiveEngine engine, RuleSetDao dao, ObjectMapper json, Clock clock, int randomFamilies,
                            ValidationPool validation) {
        this(engine, dao, new Tenant(Tenant.DEFAULT, null, "Lotsen", "Lotsen"), json, clock, randomFamilies, validation,
                new SharedEngines());
    }

    /**
     * The publisher of one tenant's rule sets; a municipality's layers build on its region's base.
     *
     * @param shared engines compiled for a stored version, shared with the other tenants serving it
     */
    public RuleSetPublisher(ActiveEngine engine, RuleSetDao dao, Tenant tenant, ObjectMapper json, Clock clock,
                            int randomFamilies, ValidationPool validation, SharedEngines shared) {
        this.engine = engine;
        this.shared = shared;
        this.validation = validation;
        this.dao = dao;
        this.tenant = tenant.id();
        this.region = tenant.regionId();
        this.json = json;
        this.clock = clock;
        this.bases = new StoredRuleSets(dao, region);
        this.options = new RuleSetValidator.Options(bases, clock, randomFamilies);
    }

    public String tenant() {
        return tenant;
    }

    boolean isRegion() {
        return tenant.equals(region);
    }

    /**
     * Serves at start: the configured directory, else the store's active version, else (a municipality) the base its
     * region serves, else (a region) the bundled default.
     */
    public void start(String ruleSetDirectory) {
        if (ruleSetDirectory != null) {
            try {
                PublishResult result = publish(RuleSetFiles.read(Path.of(ruleSetDirectory)), "ruleSetDirectory " + ruleSetDirectory,
                        options);
                if (!engine.isServing() && !(result instanceof PublishResult.AlreadyPublished)) {
                    LOG.error("the rule set in {} cannot serve: {}", ruleSetDirectory, describe(result));
                }
            } catch (InvalidRequestException e) {
                // A municipality's folder that is no layer on its region's base: the tenant serves what it served before.
                LOG.error("tenant {}: the rule set in {} cannot serve: {}", tenant, ruleSetDirectory, e.getMessage());
            }
        }
        if (!engine.isServing()) {
            dao.active(tenant).ifPresent(active -> activate(active.ruleSetId(), active.version(), active.activatedBy()));
        }
        if (!engine.isServing() && !isRegion()) {
            // A municipality without a layer of its own serves the base its region serves now, and stays on it.
            dao.active(region).ifPresent(base -> activate(base.ruleSetId(), base.version(), "region's base"));
            if (!engine.isServing()) {
                throw new IllegalStateException("tenant " + tenant + ": its region " + region + " serves no base yet");
            }
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
        requireLayerOnRegionBase(files);
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
        requireLayerOnRegionBase(files);
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
        requireLayerOnRegionBase(uploaded);
        VersionNumbering.Decision numbered = VersionNumbering.decide(uploaded, dao.list(tenant), options.today());
        if (numbered.identical() != null) {
            return new PublishResult.AlreadyPublished(numbered.identical());
        }
        RuleSetFiles files = numbered.files();
        BaseRecorder recorder = new BaseRecorder(bases);
        return publish(files, by, validation.offer(() -> RuleSetValidator.validate(files, options.withBases(recorder))), recorder);
    }

    /** Publishes from the background (a watched directory): waits for a validation place rather than being refused. */
    public PublishResult publishWaiting(RuleSetFiles files, String by) {
        return publish(files, by, options);
    }

    private PublishResult publish(RuleSetFiles uploaded, String by, RuleSetValidator.Options checks) {
        requireLayerOnRegionBase(uploaded);
        VersionNumbering.Decision numbered = VersionNumbering.decide(uploaded, dao.list(tenant), checks.today());
        if (numbered.identical() != null) {
            return new PublishResult.AlreadyPublished(numbered.identical());
        }
        RuleSetFiles files = numbered.files();
        BaseRecorder recorder = new BaseRecorder(checks.bases());
        return publish(files, by, validation.await(() -> RuleSetValidator.validate(files, checks.withBases(recorder))), recorder);
    }

    /**
     * Publishes a stored layer again on another base (a base update accepted, or a safety correction): the same files
     * with the next version number, validated in full on exactly that base and pinned to it.
     */
    PublishResult publishOn(RuleSetFiles layer, BasePin base, String by) {
        RuleSetFiles files = VersionNumbering.withVersion(layer, VersionNumbering.next(dao.list(tenant), options.today()));
        BaseRecorder recorder = new BaseRecorder(base.resolver(bases));
        return publish(files, by, validation.await(() -> RuleSetValidator.validate(files, options.withBases(recorder))), recorder);
    }

    private PublishResult publish(RuleSetFiles files, String by, RuleSetValidator.Result result, BaseRecorder recorder) {
        ValidationReport report = result.report();
        if (!result.valid()) {
            close(result.engine());
            return new PublishResult.Rejected(report);
        }
        synchronized (this) {
            Optional<PublishedRuleSet> stored = dao.find(tenant, report.ruleSetId(), report.version());
            if (stored.isPresent()) {
                close(result.engine());
                return stored.get().hash().equals(report.hash()) ? new PublishResult.AlreadyPublished(stored.get())
                        : new PublishResult.Conflict(report.ruleSetId(), report.version(), stored.get().hash(), report.hash());
            }
            // Pinned: the base version validation resolved ("id version"), and the hash of its files.
            PublishedRuleSet version = new PublishedRuleSet(report.ruleSetId(), report.version(), report.hash(),
                    report.base(), clock.instant().toString(), by, Base64.getEncoder().encodeToString(files.toZip()),
                    toJson(report), report.base() == null ? null : recorder.hash());
            dao.insert(tenant, version);
            keepBundledBase(report.base(), recorder);
            swap(version, new Serving(result.engine(), report.ruleSetId(), report.version(), report.hash(),
                    result.loaded().scenarios()), by);
            return new PublishResult.Published(version, report, affectedLayers(report.ruleSetId()));
        }
    }

    /** Serves a stored version again (roll back or forward), on the base it is pinned to. */
    public synchronized Optional<PublishedRuleSet> activate(String ruleSetId, String version, String by) {
        Optional<PublishedRuleSet> stored = find(ruleSetId, version);
        stored.ifPresent(v -> swap(v, compile(v), by));
        return stored;
    }

    /**
     * Whether serving this stored version would move a municipality to another base than the one it is pinned to now:
     * a base moves only when its policy owner accepts the one the region serves (or by a safety correction), so her
     * own activation can neither serve a base the region rolled back nor undo a safety correction. Never for a region.
     */
    public boolean movesBase(PublishedRuleSet version) {
        if (isRegion()) {
            return false;
        }
        return serving().map(now -> !servesOn(now).equals(servesOn(version))).orElse(false);
    }

    /**
     * The base a version serves this tenant on, "id version": its own layer's pinned base, or — a municipality serving
     * its region's version itself — that version (whatever the region's version builds on in turn).
     */
    String servesOn(PublishedRuleSet version) {
        return isOwnLayer(version) ? version.base() : version.ruleSetId() + " " + version.version();
    }

    /** Whether this is a layer of this tenant's own (not its region's version, not a base). */
    boolean isOwnLayer(PublishedRuleSet version) {
        return version.base() != null && (isRegion()
                || dao.find(tenant, version.ruleSetId(), version.version()).filter(v -> v.hash().equals(version.hash())).isPresent());
    }

    /** The versions named this version, whatever their rule set (an activation names a version only). */
    public List<PublishedRuleSet> withVersion(String version) {
        List<PublishedRuleSet> named = new ArrayList<>(dao.findByVersion(tenant, version));
        if (named.isEmpty() && !isRegion()) {
            named.addAll(dao.findByVersion(region, version));
        }
        return named;
    }

    /**
     * Serves the version another node activated in the shared store, without writing to the store.
     * Reads the store under the same lock as publishing, so a stale read can never undo a publish.
     * Returns false when this node already serves it.
     */
    public synchronized boolean followStore() {
        Optional<ActiveRuleSet> active = dao.active(tenant);
        if (active.isEmpty()) {
            return false;
        }
        ActiveRuleSet a = active.get();
        if (engine.isServing() && engine.serving().ruleSetId().equals(a.ruleSetId()) && engine.serving().version().equals(a.version())) {
            return false;
        }
        PublishedRuleSet stored = find(a.ruleSetId(), a.version())
                .orElseThrow(() -> new IllegalStateException("no stored version " + a.ruleSetId() + " " + a.version()));
        engine.swap(compile(stored));
        LOG.info("tenant {}: rule set {} {} now serves here, as activated in the shared store", tenant, a.ruleSetId(), a.version());
        return true;
    }

    public List<PublishedRuleSet> versions() {
        return dao.list(tenant);
    }

    public Optional<ActiveRuleSet> active() {
        return dao.active(tenant);
    }

    /** This tenant's version, or (for a municipality, which may serve the base itself) its region's base version. */
    public Optional<PublishedRuleSet> find(String ruleSetId, String version) {
        Optional<PublishedRuleSet> own = dao.find(tenant, ruleSetId, version);
        return own.isPresent() || isRegion() ? own : dao.find(region, ruleSetId, version);
    }

    /** The stored version that serves this tenant now. */
    Optional<PublishedRuleSet> serving() {
        return dao.active(tenant).flatMap(a -> find(a.ruleSetId(), a.version()));
    }

    /** The base the region serves now, and the hash of its files: what a municipality would move to. */
    Optional<BasePin> regionBase() {
        return dao.active(region).flatMap(a -> dao.find(region, a.ruleSetId(), a.version()))
                .map(v -> new BasePin(v.ruleSetId(), v.version(), StoredRuleSets.files(v).hash()));
    }

    /** Where a layer's base is found: the region's versions, then the bundled ones. */
    BaseResolver bases() {
        return bases;
    }

    /**
     * The engine of a stored version on the base it is pinned to, to serve: shared with every tenant serving the same
     * version (the same rows: a region's version serves the region and its municipalities without a layer).
     */
    Serving compile(PublishedRuleSet stored) {
        String key = region + " " + stored.ruleSetId() + " " + stored.version() + " " + stored.hash() + " " + stored.baseHash();
        return shared.acquire(key, () -> compileFresh(stored));
    }

    /** A stored version compiled for this caller alone (a comparison it closes afterwards). */
    Serving compileFresh(PublishedRuleSet stored) {
        return compile(stored, BasePin.of(stored.base(), stored.baseHash()).map(pin -> pin.resolver(bases)).orElse(bases));
    }

    /** Compiles a stored version's files on the given bases (a candidate: a layer on another base). */
    Serving compile(PublishedRuleSet stored, BaseResolver on) {
        return validation.await(() -> {
            RuleSetFiles files = StoredRuleSets.files(stored);
            RuleSetLoader.Loaded loaded = RuleSetLoader.load(files, on, LocalDate.now(clock));
            PathwayEngine compiled = PathwayEngine.builder().ruleSet(loaded.ruleSet()).clock(clock).build();
            return new Serving(compiled, stored.ruleSetId(), stored.version(), stored.hash(), loaded.scenarios());
        });
    }

    /** Serves an engine already compiled (a safety correction's), recording the activation. */
    synchronized void serve(PublishedRuleSet version, Serving serving, String by) {
        swap(version, serving, by);
    }

    ActiveEngine engine() {
        return engine;
    }

    ValidationPool validation() {
        return validation;
    }

    private static void close(PathwayEngine unused) {
        if (unused != null) {
            unused.close();
        }
    }

    private void swap(PublishedRuleSet version, Serving serving, String by) {
        dao.activate(tenant, version.ruleSetId(), version.version(), clock.instant().toString(), by);
        engine.swap(serving);
        LOG.info("tenant {}: rule set {} {} now serves (activated by {})", tenant, version.ruleSetId(), version.version(), by);
    }

    /** The published layers of this tenant that extend this rule set; each is pinned, so this publish changes none. */
    private List<PublishResult.AffectedLayer> affectedLayers(String ruleSetId) {
        List<PublishResult.AffectedLayer> layers = new ArrayList<>();
        for (PublishedRuleSet v : dao.list(tenant)) {
            if (v.base() != null && (v.base().equals(ruleSetId) || v.base().startsWith(ruleSetId + " "))) {
                layers.add(new PublishResult.AffectedLayer(v.ruleSetId(), v.version(), v.base().equals(ruleSetId)));
            }
        }
        return layers;
    }

    /**
     * A municipality publishes only a layer on its region's base: a rule set that extends nothing (or another rule
     * set) would step outside what the region checked. Refused before anything is validated.
     */
    private void requireLayerOnRegionBase(RuleSetFiles files) {
        if (isRegion()) {
            return;
        }
        String baseId = dao.active(region).map(ActiveRuleSet::ruleSetId).orElse(null);
        var extended = RuleSetLoader.extendsOf(files);
        if (baseId == null || extended.isEmpty() || !extended.get().id().equals(baseId)) {
            throw new InvalidRequestException(List.of(new Violation("ruleset.yaml extends",
                    "a municipality's rule set is a layer on its region's base: write extends: {id: " + baseId + "}",
                    baseId == null ? List.of() : List.of(baseId))));
        }
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

    /**
     * A region's layer on a bundled rule set (the national default) is pinned to that bundled version; it is kept in the
     * store too, so the layer still compiles on it after an upgrade of Lotsen brings another bundled version.
     */
    private void keepBundledBase(String base, BaseRecorder recorder) {
        Optional<BasePin> pin = BasePin.parse(base);
        RuleSetFiles files = recorder.first();
        if (!isRegion() || pin.isEmpty() || files == null || dao.find(tenant, pin.get().id(), pin.get().version()).isPresent()) {
            return;
        }
        dao.insert(tenant, new PublishedRuleSet(pin.get().id(), pin.get().version(), files.hash(), null, clock.instant().toString(),
                "kept as the base of a layer", Base64.getEncoder().encodeToString(files.toZip()), "{}"));
    }

    /** Notes the files of the base a validation resolved (the first asked for: the layer's own base), for its hash. */
    private static final class BaseRecorder implements BaseResolver {
        private final BaseResolver delegate;
        private volatile RuleSetFiles first;

        BaseRecorder(BaseResolver delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<RuleSetFiles> find(String id, String version) {
            Optional<RuleSetFiles> found = delegate.find(id, version);
            if (first == null) {
                found.ifPresent(files -> first = files);
            }
            return found;
        }

        String hash() {
            return first == null ? null : first.hash();
        }

        RuleSetFiles first() {
            return first;
        }
    }
}
