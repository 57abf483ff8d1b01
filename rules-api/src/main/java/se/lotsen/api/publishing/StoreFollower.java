package se.lotsen.api.publishing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On several nodes sharing one store, a rule set published or activated on one node must serve on
 * all: each node looks at the store's active version every few seconds and follows it. Scheduled on
 * a Dropwizard-managed executor.
 */
public final class StoreFollower implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFollower.class);

    private final RuleSetPublisher publisher;

    public StoreFollower(RuleSetPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void run() {
        try {
            publisher.followStore();
        } catch (Throwable e) {
            // Every Throwable: one thrown out of a scheduled task ends its schedule for good.
            LOG.warn("could not follow the store's active rule set; trying again at the next look", e);
        }
    }
}
