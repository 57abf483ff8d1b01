package se.lotsen.api.publishing;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import se.lotsen.core.PathwayEngine;

/**
 * Compiled engines shared between tenants that serve the very same stored version on the same base (fifty
 * municipalities that serve their region's base as it is compile it once, not fifty times). A PathwayEngine is
 * immutable and thread-safe; what must be counted is who still serves it: an engine is closed only when the last
 * tenant serving it has swapped it out. An engine this registry never handed out (a fresh publish's) is its one
 * tenant's, and closed as before.
 */
public final class SharedEngines {
    private final Map<String, Serving> byVersion = new HashMap<>();
    private final Map<PathwayEngine, String> keyOf = new IdentityHashMap<>();
    private final Map<PathwayEngine, Integer> users = new IdentityHashMap<>();

    /** The serving compiled for this key, compiled by {@code compile} the first time; one more user either way. */
    synchronized Serving acquire(String key, Supplier<Serving> compile) {
        Serving serving = byVersion.get(key);
        if (serving == null) {
            serving = compile.get();
            byVersion.put(key, serving);
            keyOf.put(serving.engine(), key);
        }
        users.merge(serving.engine(), 1, Integer::sum);
        return serving;
    }

    /** One user fewer; true when nobody serves the engine any more, so it may be closed. */
    public synchronized boolean release(PathwayEngine engine) {
        Integer count = users.get(engine);
        if (count == null) {
            return true;
        }
        if (count > 1) {
            users.put(engine, count - 1);
            return false;
        }
        users.remove(engine);
        byVersion.remove(keyOf.remove(engine));
        return true;
    }

    /** How many distinct engines serve now (for tests and the benchmark). */
    public synchronized int size() {
        return byVersion.size();
    }
}
