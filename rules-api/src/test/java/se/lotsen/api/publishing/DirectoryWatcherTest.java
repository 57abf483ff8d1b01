package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.codahale.metrics.MetricRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import se.lotsen.policy.RuleSetFiles;

class DirectoryWatcherTest {
    @TempDir
    Path dir;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DirectoryWatcher.class);

    @BeforeEach
    void listen() throws IOException {
        log.start();
        logger.addAppender(log);
        for (Map.Entry<String, byte[]> file : RuleSetFiles.readDefault().files().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
    }

    private void edit() throws IOException {
        Files.writeString(dir.resolve("rules/zz-edit.drl"), "package rules;\n// an edit " + System.nanoTime() + "\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void aPublishThatThrowsAnErrorIsLoggedWithItsCauseAndTriedAgainWhileTheWatcherKeepsWatching() throws IOException {
        List<String> attempts = new ArrayList<>();
        DirectoryWatcher watcher = new DirectoryWatcher(dir, (files, by) -> {
            attempts.add(files.hash());
            if (attempts.size() == 1) {
                throw new StackOverflowError("nested too deep");
            }
            return new PublishResult.Conflict("default", "x", "stored", files.hash());
        }, new MetricRegistry());
        edit();

        for (int look = 0; look < 6; look++) {
            watcher.run();
        }

        assertThat(attempts).as("the first attempt threw; the same edit was tried again").hasSize(2)
                .containsOnly(RuleSetFiles.read(dir).hash());
        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getFormattedMessage()).contains("could not publish the rule set");
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(StackOverflowError.class.getName());
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("nested too deep");
        });
    }

    @Test
    void anEditIsHandledOnceThePublisherHasAnsweredForIt() throws IOException {
        List<String> attempts = new ArrayList<>();
        DirectoryWatcher watcher = new DirectoryWatcher(dir, (files, by) -> {
            attempts.add(files.hash());
            return new PublishResult.Conflict("default", "x", "stored", files.hash());
        }, new MetricRegistry());
        edit();

        for (int look = 0; look < 5; look++) {
            watcher.run();
        }

        assertThat(attempts).as("answered once, not asked again until the files change").hasSize(1);
    }
}
