package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.lotsen.policy.RuleSetFiles;

/** The packaged jar, run as a user runs it: every example request, the server as README starts it, and validate. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("lotsen.jar", "target/lotsen.jar"));
    private static final Path EXAMPLES = Path.of(System.getProperty("lotsen.examples", "../examples/requests"));
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int status, String out, String err) {
    }

    private static Run java(List<String> args, Path workingDirectory) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        Path out = Files.createTempFile("lotsen-out", ".txt");
        Path err = Files.createTempFile("lotsen-err", ".txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the jar finished in time").isTrue();
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
                        Run run = java(List.of("suggest", file.toAbsolutePath().toString()), Path.of("."));
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

    @Test
    void validateRefusesARuleThatWritesAFileOrExitsWithoutRunningIt() throws Exception {
        Path dir = Files.createTempDirectory("lotsen-jar");
        Path ruleSet = dir.resolve("edited");
        for (Map.Entry<String, byte[]> file : RuleSetFiles.readDefault().files().entrySet()) {
            Files.createDirectories(ruleSet.resolve(file.getKey()).getParent());
            Files.write(ruleSet.resolve(file.getKey()), file.getValue());
        }
        Path marker = dir.resolve("written-by-a-rule");
        Files.writeString(ruleSet.resolve("rules/attack.drl"), "package se.lotsen.rules;\n\nimport se.lotsen.core.vocabulary.*;\n\n"
                + "global se.lotsen.core.vocabulary.Advice out;\n\nrule \"attack-write\"\nwhen\n    Family()\nthen\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"owned\");\nend\n\n"
                + "rule \"attack-exit\"\nwhen\n    Family()\nthen\n    System.exit(42);\nend\n");

        Run run = java(List.of("validate", ruleSet.toString()), dir);

        assertThat(run.status()).as("validate's own code, not the rule's 42").isEqualTo(1);
        assertThat(run.out()).contains("rules/attack.drl:11", "rules/attack.drl:18");
        assertThat(marker).doesNotExist();
    }

    /** README's two steps: a key, the server with a config file that holds only ports; loopback only; a pathway. */
    @Test
    void aServerWhoseConfigNamesOnlyPortsListensOnLoopbackOnlyAndAnswers() throws Exception {
        Path dir = Files.createTempDirectory("lotsen-jar");
        Run created = java(List.of("keys", "create", "--role", "STAFF", "--label", "BVC Norr"), dir);
        assertThat(created.status()).as(created.err()).isZero();
        List<String> lines = created.out().lines().toList();
        String staffKey = lines.get(lines.size() - 1);
        assertThat(staffKey).startsWith("lotsen_");
        assertThat(java(List.of("keys", "list"), dir).out()).contains("STAFF", "BVC Norr").doesNotContain(staffKey);

        int port = freePort();
        int adminPort = freePort();
        Files.writeString(dir.resolve("config.yml"), "server:\n  applicationConnectors:\n    - type: http\n      port: " + port
                + "\n  adminConnectors:\n    - type: http\n      port: " + adminPort + "\n");
        Path log = Files.createTempFile("lotsen-server", ".log");
        Process server = new ProcessBuilder(javaBin(), "-jar", JAR.toAbsolutePath().toString(), "server", "config.yml")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> withoutKey = waitForServer(http, "http://127.0.0.1:" + port + "/codes", server, log);
            assertThat(withoutKey.statusCode()).isEqualTo(401);

            for (InetAddress address : otherAddresses()) {
                for (int p : new int[] {port, adminPort}) {
                    assertThat(connects(address, p)).as("nothing listens on " + address + ":" + p).isFalse();
                }
            }

            String body = Files.readString(EXAMPLES.resolve("violence-at-home.json"));
            HttpResponse<String> pathway = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pathways/suggest"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + staffKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(pathway.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(pathway.body()).get("safeguarding").get("concern").asBoolean()).isTrue();

            HttpResponse<String> logLevel = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort
                    + "/tasks/log-level")).POST(HttpRequest.BodyPublishers.ofString("logger=ROOT&level=TRACE")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(logLevel.statusCode()).isNotEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(log)).doesNotContain(staffKey);
    }

    /** Every address of this machine but loopback: a server bound to 127.0.0.1 must not answer on them. */
    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static HttpResponse<String> waitForServer(HttpClient http, String url, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped:\n" + Files.readString(log));
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not answer in 90 s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
