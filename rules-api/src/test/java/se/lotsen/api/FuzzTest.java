package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.auth.Role;

/**
 * A bounded, seeded fuzz of POST /pathways/suggest on loopback: malformed, oversized, mistyped and
 * unknown-code requests. Every refusal is a 4xx naming a field, nothing is ever a 5xx, and the
 * server still answers a valid request afterwards.
 */
@ExtendWith(SharedApp.class)
class FuzzTest {
    private static final int CASES = 3000;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(90);
    private static final long SEED = 20261123L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] FIELDS = {"childAgeMonths", "expecting", "needs", "riskFactors",
        "protectiveFactors", "screenings", "language", "centre"};
    private static String staff;
    private static TestApp app;

    @BeforeAll
    static void key(TestApp shared) {
        app = shared;
        staff = shared.key(Role.STAFF);
    }

    @Test
    void noGeneratedRequestCausesAServerErrorAndEveryRefusalNamesAField() throws Exception {
        Random random = new Random(SEED);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        int sent = 0;
        int reconnects = 0;
        for (; sent < CASES && System.nanoTime() < deadline; sent++) {
            byte[] body = generate(random);
            HttpResponse<String> response;
            try {
                response = post(http, body);
            } catch (java.io.IOException closed) {
                // After a 413 the server closes the connection while the client may still reuse it;
                // the same request on a fresh connection must then get a proper answer.
                reconnects++;
                response = post(http, body);
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = judge(response);
            if (problem != null && problems.size() < 20) {
                problems.add(problem + " for " + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
            }
        }
        assertThat(problems).as("%d requests (seed %d), statuses %s, reconnects %d", sent, SEED, statuses, reconnects).isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s < 500);
        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(statuses.getOrDefault(422, 0) + statuses.getOrDefault(400, 0)).isGreaterThan(sent / 2);

        HttpResponse<String> valid = post(http, "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(valid.statusCode()).isEqualTo(200);
    }

    private static String judge(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return "a " + status;
        }
        if (body.contains("Exception") || body.contains("se.lotsen") || body.contains("\tat ")) {
            return "internals in the answer " + body;
        }
        if (status >= 400) {
            try {
                JsonNode error = JSON.readTree(body);
                if (!error.hasNonNull("field") || error.get("field").asText().isEmpty()) {
                    return "no field named in " + body;
                }
            } catch (Exception notJson) {
                return "a non-JSON error " + body;
            }
        }
        return null;
    }

    private HttpResponse<String> post(HttpClient http, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/pathways/suggest"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", staff)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---- generation ----

    private static byte[] generate(Random random) throws Exception {
        int kind = random.nextInt(100);
        if (kind < 12) {
            return malformed(random);
        }
        if (kind < 14) {
            return oversized(random);
        }
        ObjectNode request = validRequest(random);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(new Mutation(random, request));
        }
        return JSON.writeValueAsBytes(request);
    }

    private static ObjectNode validRequest(Random random) {
        ObjectNode request = NODES.objectNode();
        if (random.nextBoolean()) {
            request.put("childAgeMonths", random.nextInt(84));
        } else {
            request.put("expecting", true);
        }
        ArrayNode needs = request.putArray("needs");
        needs.addObject().put("category", "SLEEP").put("severity", "SEVERE");
        request.putArray("riskFactors").add("YOUNG_PARENT");
        request.putArray("protectiveFactors").add("SOCIAL_NETWORK");
        ObjectNode epds = request.putObject("screenings").putObject("epds");
        ArrayNode items = epds.putArray("items");
        for (int i = 0; i < 10; i++) {
            items.add(random.nextInt(2));
        }
        epds.put("language", "sv");
        return request;
    }

    record Mutation(Random random, ObjectNode request) {
        JsonNode junk() {
            return switch (random.nextInt(9)) {
                case 0 -> NODES.textNode(randomText(random));
                case 1 -> NODES.numberNode(random.nextLong());
                case 2 -> NODES.numberNode(random.nextDouble() * 100);
                case 3 -> NODES.booleanNode(random.nextBoolean());
                case 4 -> NODES.nullNode();
                case 5 -> NODES.arrayNode().add(randomText(random)).add(random.nextInt());
                case 6 -> NODES.objectNode().put(randomText(random), randomText(random));
                case 7 -> NODES.textNode("");
                default -> NODES.numberNode(new java.math.BigInteger(200, random));
            };
        }
    }

    private static final List<Function<Mutation, Object>> MUTATIONS = List.of(
        m -> m.request().set(FIELDS[m.random().nextInt(FIELDS.length)], m.junk()),
        m -> m.request().set(randomText(m.random()), m.junk()),
        m -> m.request().put("name", "Anna Andersson"),
        m -> m.request().put("personnummer", "19900101-1234"),
        m -> firstNeed(m).put("category", randomText(m.random())),
        m -> firstNeed(m).put("severity", "severe"),
        m -> firstNeed(m).set("category", m.junk()),
        m -> firstNeed(m).put("note", "sover aldrig"),
        m -> m.request().putArray("needs").add(firstNeed(m).deepCopy()).addObject().put("category", "SLEEP"),
        m -> m.request().putArray("needs").addNull(),
        m -> m.request().putArray("riskFactors").add(randomText(m.random())),
        m -> m.request().putArray("protectiveFactors").add(m.random().nextInt()),
        m -> m.request().put("childAgeMonths", m.random().nextBoolean() ? -1 - m.random().nextInt(1000) : 84 + m.random().nextInt(1000)),
        m -> m.request().put("childAgeMonths", 3).put("expecting", true),
        m -> m.request().remove(List.of("childAgeMonths", "expecting")),
        m -> m.request().put("childAgeMonths", "12"),
        m -> m.request().put("childAgeMonths", 7.5),
        m -> epds(m).putArray("items").add(1),
        m -> {
            ArrayNode items = epds(m).putArray("items");
            for (int i = 0; i < 10; i++) {
                items.add(i == 3 ? 4 + m.random().nextInt(10) : 1);
            }
            return items;
        },
        m -> epds(m).put("total", 29),
        m -> epds(m).put("item10", 3),
        m -> epds(m).remove("language"),
        m -> epds(m).put("language", randomText(m.random())),
        m -> epds(m).remove("items"),
        m -> m.request().put("language", randomText(m.random())),
        m -> m.request().put("centre", "NO_SUCH_CENTRE"),
        m -> m.request().set("screenings", deep(m.random().nextInt(200))),
        m -> m.request().putArray("needs")
    );

    private static ObjectNode firstNeed(Mutation m) {
        JsonNode needs = m.request().get("needs");
        if (needs instanceof ArrayNode list && list.size() > 0 && list.get(0) instanceof ObjectNode need) {
            return need;
        }
        return m.request().putArray("needs").addObject();
    }

    private static ObjectNode epds(Mutation m) {
        JsonNode screenings = m.request().get("screenings");
        if (!(screenings instanceof ObjectNode s)) {
            return m.request().putObject("screenings").putObject("epds");
        }
        JsonNode epds = s.get("epds");
        return epds instanceof ObjectNode e ? e : s.putObject("epds");
    }

    private static JsonNode deep(int depth) {
        ObjectNode root = NODES.objectNode();
        ObjectNode current = root;
        for (int i = 0; i < depth; i++) {
            current = current.putObject("epds");
        }
        return root;
    }

    private static byte[] malformed(Random random) throws Exception {
        byte[] valid = JSON.writeValueAsBytes(validRequest(random));
        return switch (random.nextInt(6)) {
            case 0 -> java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
            case 1 -> (new String(valid, StandardCharsets.UTF_8) + "}{").getBytes(StandardCharsets.UTF_8);
            case 2 -> randomBytes(random, random.nextInt(200));
            case 3 -> "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"" + "\u0000").getBytes(StandardCharsets.UTF_8);
            default -> new String(valid, StandardCharsets.UTF_8).replace("\"", "'").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] oversized(Random random) throws Exception {
        ObjectNode request = validRequest(random);
        request.put("language", "x".repeat(70 * 1024 + random.nextInt(50_000)));
        return JSON.writeValueAsBytes(request);
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String randomText(Random random) {
        String alphabet = "abcXYZ_åäö0123456789 -{}\"\\/<>\u2028";
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(20);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
