package se.lotsen.api.publishing;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import se.lotsen.api.errors.UnavailableException;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ruleset.RuleSetLimits;

/**
 * The rule set that serves now. A request takes it once and finishes on it, so a later swap never
 * changes a pathway half-way. The engine swapped out is closed (its pooled Drools sessions released)
 * once every request that took it has finished: after a grace of many evaluation deadlines.
 */
public final class ActiveEngine {
    /** Forty evaluation deadlines: a request that took the engine before the swap has long finished by then. */
    static final long GRACE_MILLIS = Math.max(10_000, 40L * RuleSetLimits.EVALUATION_DEADLINE_MILLIS);

    private final AtomicReference<Serving> current = new AtomicReference<>();
    private final ScheduledExecutorService later;
    private final Predicate<PathwayEngine> unused;

    /** An engine whose swapped-out rule sets are closed on {@code later} after the grace. */
    public ActiveEngine(ScheduledExecutorService later) {
        this(later, engine -> true);
    }

    /**
     * @param unused told of an engine swapped out, after the grace: true when no other tenant serves it (see
     *               {@link SharedEngines#release}), and only then is it closed
     */
    public ActiveEngine(ScheduledExecutorService later, Predicate<PathwayEngine> unused) {
        this.later = later;
        this.unused = unused;
    }

    public Serving serving() {
        Serving serving = current.get();
        if (serving == null) {
            // Before the start's compile, or a tenant whose rule set could not be compiled: 503, and its policy owner
            // can still publish one.
            throw new UnavailableException(503, "rule_set_not_serving", "no rule set serves here yet", 10, null);
        }
        return serving;
    }

    public PathwayEngine get() {
        return serving().engine();
    }

    public boolean isServing() {
        return current.get() != null;
    }

    /** Serves {@code serving} from now on; the engine it replaces is closed after the grace. */
    public void swap(Serving serving) {
        Serving before = current.getAndSet(serving);
        if (before != null && before.engine() == serving.engine()) {
            // The same shared engine again (an activation of what serves): this tenant counts as its user once.
            unused.test(serving.engine());
        } else if (before != null) {
            PathwayEngine old = before.engine();
            later.schedule(() -> {
                if (unused.test(old)) {
                    old.close();
                }
            }, GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
