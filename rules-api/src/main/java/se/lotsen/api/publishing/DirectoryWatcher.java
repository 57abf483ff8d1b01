package se.lotsen.api.publishing;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lotsen.policy.RuleSetFiles;

/**
 * Publishes edits to the configured rule-set directory. It looks every few seconds and publishes
 * once the files have stopped changing for one look (so a half-saved edit is never taken); a
 * broken edit is logged with its report and the last good version keeps serving.
 *
 * <p>An edit counts as handled only once the publisher has answered for it (published, rejected,
 * conflict). A publish attempt that throws — a busy store, or a {@link StackOverflowError} from a
 * deeply nested rule file — is logged with its cause and tried again after a growing number of looks,
 * and the watcher keeps watching: a scheduled task that throws is never run again.
 */
public final class DirectoryWatcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);
    private static final int MAX_LOOKS_BETWEEN_TRIES = 64;

    /** What publishes the files: the publisher's waiting publish in the server. */
    @FunctionalInterface
    public interface Publish {
        PublishResult publish(RuleSetFiles files, String by);
    }

    private final Path directory;
    private final Publish publisher;
    private final Counter rejected;
    private final Counter failed;
    private String published;
    private String lastSeen;
    private int failures;
    private int looksUntilRetry;

    /** Starts from the files as they are now, which were published at start. */
    public DirectoryWatcher(Path directory, Publish publisher, MetricRegistry metrics) {
        this.directory = directory;
        this.publisher = publisher;
        this.rejected = metrics.counter(MetricRegistry.name(DirectoryWatcher.class, "rejected-edits"));
        this.failed = metrics.counter(MetricRegistry.name(DirectoryWatcher.class, "failed-publishes"));
        this.published = hashNow();
        this.lastSeen = published;
    }

    @Override
    public void run() {
        try {
            look();
        } catch (Throwable e) {
            // Every Throwable: an Error thrown out of here would end the watching for good.
            failed.inc();
            failures++;
            looksUntilRetry = Math.min(MAX_LOOKS_BETWEEN_TRIES, 1 << Math.min(failures - 1, 6));
            LOG.warn("could not publish the rule set in {} (attempt {}); the last good version keeps serving and the edit "
                    + "is tried again in {} looks", directory, failures, looksUntilRetry, e);
        }
    }

    private void look() {
        String now = hashNow();
        boolean settled = now != null && now.equals(lastSeen);
        lastSeen = now;
        if (!settled || now.equals(published)) {
            failures = 0;
            looksUntilRetry = 0;
            return;
        }
        if (looksUntilRetry > 0) {
            looksUntilRetry--;
            return;
        }
        PublishResult result = publisher.publish(RuleSetFiles.read(directory), "watched " + directory);
        published = now;
        failures = 0;
        if (result instanceof PublishResult.Published) {
            LOG.info("published the edited rule set from {}", directory);
        } else {
            rejected.inc();
            LOG.warn("the edited rule set in {} was not published; the last good version keeps serving:\n{}",
                    directory, RuleSetPublisher.describe(result));
        }
    }

    private String hashNow() {
        try {
            return RuleSetFiles.read(directory).hash();
        } catch (RuntimeException e) {
            LOG.debug("the rule set in {} cannot be read now", directory, e);
            return null;
        }
    }
}
