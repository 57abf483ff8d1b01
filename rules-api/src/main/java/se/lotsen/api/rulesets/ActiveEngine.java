package se.lotsen.api.rulesets;

import java.util.concurrent.atomic.AtomicReference;
import se.lotsen.core.PathwayEngine;

/**
 * The rule set that serves now. A request takes it once and finishes on it, so a later swap never
 * changes a pathway half-way.
 */
public final class ActiveEngine {
    private final AtomicReference<Serving> current = new AtomicReference<>();

    public Serving serving() {
        Serving serving = current.get();
        if (serving == null) {
            throw new IllegalStateException("no rule set serves yet");
        }
        return serving;
    }

    public PathwayEngine get() {
        return serving().engine();
    }

    public boolean isServing() {
        return current.get() != null;
    }

    void swap(Serving serving) {
        current.set(serving);
    }
}
