package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The packaged jar, run as a user runs it: every example request, and the server on loopback. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("lotsen.jar", "target/lotsen.jar"));
    private static final Path EXAMPLES = Path.of(System.getProperty("lotsen.examples", "../examples/requests"));
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int status, String out, String err) {
    }

    private static Run java(List<String> args) throws IOException, InterruptedException {
        return java(args, Path.of("."));
    }

    private static Run java(List<String> args, Path workingDirectory) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        Path out = Files.createTempFile("lotsen-out", ".txt");
        Path err = Files.createTempFile("lotsen-err", ".txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("jar finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRequestRunsOnTheJar() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        Run run = java(List.of("suggest", file.toString()));
                        if (file.getFileName().toString().startsWith("invalid-")) {
                            assertThat(run.status()).as(run.err()).isEqualTo(2);
                            assertThat(run.out()).isEmpty();
                            assertThat(JSON.readTree(run.err()).get("field").asText()).isNotEmpty();
                        } else {
                            assertThat(run.status()).as(run.err()).isZero();
                            JsonNode pathway = JSON.readTree(run.out());
                            assertThat(pathway.get("steps").size()).isPositive();
                            assertThat(pathway.get("ruleSetVersion").asText()).isNotEmpty();
                        }
                    }));
        }
    }

    /** The README's walk-through: create a key, start the server, ask with and without the key. */
    @Test
    void aNewUserCreatesAKeyStartsTheServerAndGetsAPathway() throws Exception {
        Path workingDirectory = Files.createTempDirectory("lotsen-jar");
        Run created = java(List.of("keys", "create", "--role", "STAFF", "--label", "BVC Norr"), workingDirectory);
        assertThat(created.status()).as(created.err()).isZero();
        List<String> lines = created.out().lines().toList();
        String staffKey = lines.get(lines.size() - 1);
        assertThat(staffKey).startsWith("lotsen_");
        Run listed = java(List.of("keys", "list"), workingDirectory);
        assertThat(listed.out()).contains("STAFF").contains("BVC Norr").doesNotContain(staffKey);

        int port = freePort();
        int adminPort = freePort();
        List<String> command = List.of(javaBin(),
                "-Ddw.server.applicationConnectors[0].port=" + port,
                "-Ddw.server.adminConnectors[0].port=" + adminPort,
                "-jar", JAR.toAbsolutePath().toString(), "server");
        Path log = Files.createTempFile("lotsen-server", ".log");
        Process server = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> withoutKey = waitForServer(http, "http://127.0.0.1:" + port + "/codes", server, log);
            assertThat(withoutKey.statusCode()).isEqualTo(401);

            String body = Files.readString(EXAMPLES.resolve("violence-at-home.json"));
            HttpResponse<String> pathway = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pathways/suggest"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + staffKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(pathway.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(pathway.body()).get("safeguarding").get("concern").asBoolean()).isTrue();

            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stats"))
                    .header("Authorization", "Bearer " + staffKey).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).isEqualTo(403);
            assertThat(Files.exists(workingDirectory.resolve("lotsen.db"))).isTrue();

            // The README's policy-owner walk-through: change a row, validate, fix the scenario, diff, publish, roll back.
            String owner = lines(java(List.of("keys", "create", "--role", "POLICY_OWNER", "--quiet"), workingDirectory)).get(0);
            Path mine = workingDirectory.resolve("my-ruleset");
            copyTree(DEFAULT_RULESET, mine);
            edit(mine.resolve("tables/routing.drl.csv"), "route-sleep-nurse,SLEEP,MILD,MODERATE,,0,71,BVC_NURSE,ROUTINE,",
                    "route-sleep-nurse,SLEEP,MILD,MODERATE,,0,71,BVC_NURSE,WITHIN_WEEK,");
            edit(mine.resolve("ruleset.yaml"), "version: \"2026.11.1\"", "version: \"2026.11.2\"");
            Run failing = java(List.of("validate", mine.toString()), workingDirectory);
            assertThat(failing.status()).isEqualTo(1);
            assertThat(failing.out()).contains("scenarios/sleep.yaml:2: scenario infant-sleep-moderate");
            edit(mine.resolve("scenarios/sleep.yaml"), "\n      urgency: ROUTINE\n", "\n      urgency: WITHIN_WEEK\n");
            edit(mine.resolve("scenarios/sleep.yaml"), "- { service: BVC_NURSE, urgency: ROUTINE, tier: UNIVERSAL }",
                    "- { service: BVC_NURSE, urgency: WITHIN_WEEK, tier: UNIVERSAL }");
            Run passing = java(List.of("validate", mine.toString()), workingDirectory);
            assertThat(passing.status()).as(passing.out()).isZero();
            Run diff = java(List.of("diff", DEFAULT_RULESET.toString(), mine.toString()), workingDirectory);
            assertThat(diff.out()).contains("infant-sleep-moderate").contains("BVC_NURSE WITHIN_WEEK");
            Path zip = workingDirectory.resolve("my-ruleset.zip");
            Process jar = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(),
                    "cfM", zip.toString(), "-C", mine.toString(), ".").inheritIO().start();
            assertThat(jar.waitFor()).isZero();
            HttpResponse<String> published = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rulesets"))
                    .header("Authorization", "Bearer " + owner).header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofFile(zip)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            HttpResponse<String> rolledBack = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/rulesets/2026.11.1/activate")).header("Authorization", "Bearer " + owner)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);

            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + adminPort + "/healthcheck")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static HttpResponse<String> waitForServer(HttpClient http, String url, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(log));
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the server did not answer within 90 s: " + Files.readString(log));
    }

    private static final Path DEFAULT_RULESET = Path.of(System.getProperty("lotsen.default.ruleset",
            "../rules-catalog/src/main/resources/rulesets/default"));

    private static List<String> lines(Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        return run.out().lines().toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
