package se.lotsen.api.core;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.catalog.RuleSetFiles;

/**
 * Publishes edits to the configured rule-set directory. It looks every few seconds and publishes
 * once the files have stopped changing for one look (so a half-saved edit is never taken); a
 * broken edit is logged with its report and the last good version keeps serving. Scheduled on a
 * Dropwizard-managed executor.
 */
public final class RuleSetDirectoryWatcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetDirectoryWatcher.class);

    private final Path directory;
    private final RuleSetPublisher publisher;
    private String published;
    private String lastSeen;

    /** Starts from the files as they are now, which were published at start. */
    public RuleSetDirectoryWatcher(Path directory, RuleSetPublisher publisher) {
        this.directory = directory;
        this.publisher = publisher;
        this.published = hashNow();
        this.lastSeen = published;
    }

    @Override
    public void run() {
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
