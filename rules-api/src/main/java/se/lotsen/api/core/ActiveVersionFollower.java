package se.lotsen.api.core;

import io.dropwizard.lifecycle.Managed;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On several nodes sharing one store, a rule set published or activated on one node must serve on
 * all: each node looks at the store's active version every few seconds and follows it.
 */
public final class ActiveVersionFollower implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveVersionFollower.class);

    private final RuleSetPublisher publisher;
    private final long intervalMillis;
    private ScheduledExecutorService scheduler;

    public ActiveVersionFollower(RuleSetPublisher publisher, long intervalMillis) {
        this.publisher = publisher;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "active-version-follower");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::follow, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    private void follow() {
        try {
            publisher.followStore();
        } catch (RuntimeException e) {
            LOG.warn("could not follow the store's active rule set: {}", e.getMessage());
        }
    }
}
