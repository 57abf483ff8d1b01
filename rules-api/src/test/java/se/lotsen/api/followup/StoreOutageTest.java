package se.lotsen.api.followup;

import se.lotsen.api.db.Tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.api.db.FollowUpDao;

/**
 * The store stops taking writes for {@value #OUTAGE_SECONDS} s (another connection holds SQLite's write
 * lock) under a bounded loopback load of suggestions and parents' answers. Suggestions go on while the
 * buffer has room, then 503; answers are 503 while the store is down; afterwards every pathway and every
 * answer that was acknowledged is in the store. The figures go to {@code target/store-outage.txt}.
 */
class StoreOutageTest {
    private static final int OUTAGE_SECONDS = 20;
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"centre\": \"FC_NORR\", \"needs\": [{\"category\": \"SLEEP\"}]}";
    private static final Outcome[] OUTCOMES = Outcome.values();

    private record Acknowledged(String reference, Outcome outcome) {
    }

    @Test
    void everyAcknowledgedPathwayAndAnswerIsInTheStoreAfterAnOutageUnderLoad() throws Exception {
        try (TestApp app = TestApp.start(c -> {
            c.getFollowUp().setMaxPending(150);
            c.getRateLimit().setPerMinute(100_000);
            c.getRateLimit().setBurst(1_000);
        })) {
            String staff = app.key(Role.STAFF);
            List<String> pathways = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 20; i++) {
                pathways.add(reference(app.postJson("/pathways/suggest", staff, SLEEP)));
            }
            Map<String, Acknowledged> answers = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> figures = new ConcurrentHashMap<>();

            Connection lock = DriverManager.getConnection("jdbc:sqlite:" + app.dir().resolve("lotsen.db"));
            try (Statement statement = lock.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(OUTAGE_SECONDS);
            ExecutorService load = Executors.newFixedThreadPool(2);
            try {
                Future<?> suggesting = load.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpResponse<String> r = app.postJson("/pathways/suggest", staff, SLEEP);
                        count(figures, "outage suggest " + r.statusCode());
                        if (r.statusCode() == 200) {
                            pathways.add(reference(r));
                        }
                        pause(20);
                    }
                });
                Future<?> answering = load.submit(() -> answerUntil(app, pathways, answers, figures, end, "outage"));
                suggesting.get(OUTAGE_SECONDS + 30, TimeUnit.SECONDS);
                answering.get(OUTAGE_SECONDS + 30, TimeUnit.SECONDS);
            } finally {
                load.shutdownNow();
                try (Statement statement = lock.createStatement()) {
                    statement.execute("ROLLBACK");
                }
                lock.close();
            }
            answerUntil(app, pathways, answers, figures, System.nanoTime() + TimeUnit.SECONDS.toNanos(2), "after");

            FollowUpDao stored = app.store().followUps();
            await().atMost(Duration.ofSeconds(15)).until(() -> pathways.stream().allMatch(r -> stored.find(Tenant.DEFAULT, FollowUps.hash(r)).isPresent()));
            for (Acknowledged a : answers.values()) {
                assertThat(stored.find(Tenant.DEFAULT, FollowUps.hash(a.reference())).orElseThrow().answered()).as(a.toString()).contains(a.outcome().name());
            }
            write(app, figures, pathways.size(), answers.size());
            assertThat(figures).as("answers were refused, not lost, while the store was down").containsKey("outage answer 503");
            assertThat(figures).as("suggestions went on while the buffer had room").containsKey("outage suggest 200");
            assertThat(figures).as("and were refused once it was full").containsKey("outage suggest 503");
            assertThat(answers).isNotEmpty();
        }
    }

    /** Answers random steps of known pathways until {@code end}; a 200 is an acknowledgement to be kept. */
    private static void answerUntil(TestApp app, List<String> pathways, Map<String, Acknowledged> answers,
                                    Map<String, AtomicInteger> figures, long end, String phase) {
        Random random = new Random(7);
        while (System.nanoTime() < end) {
            String reference = pathways.get(random.nextInt(pathways.size()));
            Outcome outcome = OUTCOMES[random.nextInt(2)];
            HttpResponse<String> r = app.postJson("/f/" + reference, null,
                    "{\"serviceId\": \"BVC_NURSE\", \"outcome\": \"" + outcome + "\"}");
            count(figures, phase + " answer " + r.statusCode());
            if (r.statusCode() == 200) {
                // The later answer to the contact question replaces the earlier: keep the last acknowledged.
                answers.put(reference, new Acknowledged(reference, outcome));
            }
            pause(50);
        }
    }

    private static String reference(HttpResponse<String> response) {
        return TestApp.json(response).get("reference").asText();
    }

    private static void count(Map<String, AtomicInteger> figures, String what) {
        figures.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(TestApp app, Map<String, AtomicInteger> figures, int pathways, int answers) throws IOException {
        List<String> lines = new ArrayList<>();
        figures.forEach((k, v) -> lines.add(k + ": " + v));
        Collections.sort(lines);
        lines.add("pathways acknowledged and found in the store afterwards: " + pathways);
        lines.add("steps with an acknowledged answer, each found in the store afterwards: " + answers);
        Files.write(Path.of("target", "store-outage.txt"), lines);
    }
}
