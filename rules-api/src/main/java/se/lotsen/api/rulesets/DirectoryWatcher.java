package se.lotsen.api.rulesets;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.policy.RuleSetFiles;

/**
 * Publishes edits to the configured rule-set directory. It looks every few seconds and publishes
 * once the files have stopped changing for one look (so a half-saved edit is never taken); a
 * broken edit is logged with its report and the last good version keeps serving. Scheduled on a
 * Dropwizard-managed executor.
 */
public final class DirectoryWatcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    private final Path directory;
    private final RuleSetPublisher publisher;
    private final Counter rejected;
    private String published;
    private String lastSeen;

    /** Starts from the files as they are now, which were published at start. */
    public DirectoryWatcher(Path directory, RuleSetPublisher publisher, MetricRegistry metrics) {
        this.directory = directory;
        this.publisher = publisher;
        this.rejected = metrics.counter(MetricRegistry.name(DirectoryWatcher.class, "rejected-edits"));
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
            PublishResult result = publisher.publish(RuleSetFiles.read(directory), "watched " + directory);
            if (result instanceof PublishResult.Published) {
                LOG.info("published the edited rule set from {}", directory);
            } else {
                rejected.inc();
                LOG.warn("the edited rule set in {} was not published; the last good version keeps serving:\n{}",
                        directory, RuleSetPublisher.describe(result));
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
