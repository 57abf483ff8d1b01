package se.lotsen.api.core;

import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.catalog.RuleSetFiles;

/**
 * Publishes edits to the configured rule-set directory. It looks every few seconds and publishes
 * once the files have stopped changing for one look (so a half-saved edit is never taken); a
 * broken edit is logged with its report and the last good version keeps serving.
 */
public final class RuleSetDirectoryWatcher implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetDirectoryWatcher.class);

    private final Path directory;
    private final RuleSetPublisher publisher;
    private final long intervalMillis;
    private ScheduledExecutorService scheduler;
    private String published;
    private String lastSeen;

    public RuleSetDirectoryWatcher(Path directory, RuleSetPublisher publisher, long intervalMillis) {
        this.directory = directory;
        this.publisher = publisher;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void start() {
        published = hashNow();
        lastSeen = published;
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ruleset-watcher");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::look, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    void look() {
        try {
            String now = hashNow();
            boolean settled = now != null && now.equals(lastSeen);
            lastSeen = now;
            if (!settled || now.equals(published)) {
                return;
            }
            published = now;
            RuleSetPublisher.Outcome outcome = publisher.publish(RuleSetFiles.read(directory), "watched " + directory);
            if (outcome instanceof RuleSetPublisher.Published) {
                LOG.info("published the edited rule set from {}", directory);
            } else {
                LOG.warn("the edited rule set in {} was not published; the last good version keeps serving:\n{}",
                        directory, RuleSetPublisher.describe(outcome));
            }
        } catch (RuntimeException e) {
            LOG.warn("could not read the rule set in {}: {}", directory, e.getMessage());
        }
    }

    private String hashNow() {
        try {
            return RuleSetFiles.read(directory).hash();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
