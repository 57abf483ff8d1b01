package se.lotsen.api.core;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.core.PathwayEngine;

/**
 * The engine that serves now. A request takes the engine once and finishes on it, so a later
 * swap never changes a pathway half-way.
 */
public final class ActiveEngine {
    private final AtomicReference<PathwayEngine> current;

    public ActiveEngine(PathwayEngine engine) {
        this.current = new AtomicReference<>(engine);
    }

    /** Compiles the rule set at {@code location} (directory or zip), or the bundled default when null. */
    public static ActiveEngine load(String location) {
        RuleSetFiles files = location == null ? RuleSetFiles.readDefault() : RuleSetFiles.read(Path.of(location));
        return new ActiveEngine(PathwayEngine.builder().ruleSet(files.toRuleSet()).build());
    }

    public PathwayEngine get() {
        return current.get();
    }

    public void swap(PathwayEngine engine) {
        current.set(engine);
    }
}
