package se.lotsen.api.interop.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/**
 * A CDS client as the CDS Hooks 2.0 spec has it ("Trusting CDS Clients"), against a server started with
 * the trust of examples/cds-hooks/trusted-client.yml: it signs an ES384 JWT with the example client's key
 * for every call. Its own server, so the evaluation's counts are this class's alone.
 */
class CdsHooksTrustTest {
    static final Path EXAMPLES = Path.of(System.getProperty("lotsen.examples", "../examples"));
    static final String ISSUER = "https://ehr.example.org";
    static final String SANDBOX = "https://sandbox.cds-hooks.org";
    private static TestApp app;
    private static ECKey clientKey;

    @BeforeAll
    static void start() throws Exception {
        clientKey = ECKey.parse(Files.readString(EXAMPLES.resolve("cds-hooks/example-client.jwk")));
        CdsHooksConfiguration trust = exampleTrust();
        // The example names the address it is served at; this test's server has a random port, so the address the
        // request arrives at is the audience instead.
        trust.setServiceUrl(null);
        app = TestApp.start(c -> c.setCdsHooks(trust));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static CdsHooksConfiguration exampleTrust() throws Exception {
        JsonNode config = new YAMLMapper().readTree(EXAMPLES.resolve("cds-hooks/trusted-client.yml").toFile());
        return Jackson.newObjectMapper().treeToValue(config.get("cdsHooks"), CdsHooksConfiguration.class);
    }

    private static String jwt(ECKey key, String audience, Instant expires, String jti) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(audience).issueTime(new Date())
                .expirationTime(Date.from(expires)).jwtID(jti).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return "Bearer " + jwt.serialize();
    }

    private static String fresh(String path) throws JOSEException {
        return jwt(clientKey, app.uri(path).toString(), Instant.now().plusSeconds(300), UUID.randomUUID().toString());
    }

    private static HttpResponse<String> hook(String authorization, String example) throws Exception {
        return app.send(app.request("/cds-services/lotsen-pathway", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(EXAMPLES.resolve(example)))));
    }

    @Test
    void theExampleIsAServerConfigThatValidates() throws Exception {
        LotsenConfiguration config = new YamlConfigurationFactory<>(LotsenConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw").build(new FileConfigurationSourceProvider(),
                EXAMPLES.resolve("cds-hooks/trusted-client.yml").toString());

        assertThat(config.getCdsHooks().getTrustedClients()).singleElement()
                .satisfies(c -> assertThat(c.getIssuer()).isEqualTo(ISSUER));
        assertThat(Files.readString(EXAMPLES.resolve("cds-hooks/trusted-client.yml"))).doesNotContain("\"d\"").doesNotContain(" d:");
    }

    @Test
    void aJwtSignedByTheTrustedClientIsAcceptedOnceAndItsReplayIsRefused() throws Exception {
        String token = fresh("/cds-services");

        HttpResponse<String> first = app.get("/cds-services", token);
        HttpResponse<String> replay = app.get("/cds-services", token);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(TestApp.json(first).get("services").get(0).get("id").asText()).isEqualTo("lotsen-pathway");
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(TestApp.json(replay).get("message").asText()).contains("jti");
    }

    @Test
    void aJwtFromAnotherKeyIsRefusedEvenUnderTheTrustedKid() throws Exception {
        ECKey other = new ECKeyGenerator(Curve.P_384).keyID(clientKey.getKeyID()).generate();

        HttpResponse<String> answer = app.get("/cds-services", jwt(other, app.uri("/cds-services").toString(),
                Instant.now().plusSeconds(300), UUID.randomUUID().toString()));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(TestApp.json(answer).get("message").asText()).contains("signature");
    }

    @Test
    void anExpiredJwtOrOneLivingLongerThanFiveMinutesIsRefused() throws Exception {
        String audience = app.uri("/cds-services").toString();

        HttpResponse<String> expired = app.get("/cds-services", jwt(clientKey, audience, Instant.now().minusSeconds(120), "a"));
        HttpResponse<String> tooLong = app.get("/cds-services", jwt(clientKey, audience, Instant.now().plusSeconds(3600), "b"));

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(TestApp.json(expired).get("message").asText()).contains("expired");
        assertThat(tooLong.statusCode()).isEqualTo(401);
        assertThat(TestApp.json(tooLong).get("message").asText()).contains("five minutes");
    }

    @Test
    void aJwtForAnotherAddressIsRefused() throws Exception {
        String forDiscovery = fresh("/cds-services");

        HttpResponse<String> answer = hook(forDiscovery, "cds-hooks/patient-view-sleep.json");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(TestApp.json(answer).get("message").asText()).contains("aud");
    }

    @Test
    void aHookCallWithAFreshJwtGetsCardsAndAnApiKeyStillWorks() throws Exception {
        HttpResponse<String> withJwt = hook(fresh("/cds-services/lotsen-pathway"), "cds-hooks/patient-view-sleep.json");
        HttpResponse<String> withKey = hook(app.key(Role.SYSTEM), "cds-hooks/patient-view-sleep.json");

        assertThat(withJwt.statusCode()).as(withJwt.body()).isEqualTo(200);
        assertThat(TestApp.json(withJwt).get("cards")).isNotEmpty();
        assertThat(withKey.statusCode()).isEqualTo(200);
        assertThat(app.postJson("/pathways/suggest", fresh("/pathways/suggest"), "{\"childAgeMonths\": 6}").statusCode())
                .as("JWTs are for CDS Hooks only").isEqualTo(401);
    }

    @Test
    void browsersFromTheConfiguredOriginMayCallAndOthersGetNoCorsHeaders() {
        HttpResponse<String> preflight = app.send(app.request("/cds-services/lotsen-pathway", null).header("Origin", SANDBOX)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> stranger = app.send(app.request("/cds-services", app.key(Role.SYSTEM)).header("Origin", "https://evil.example")
                .GET());
        HttpResponse<String> sandbox = app.send(app.request("/cds-services", app.key(Role.SYSTEM)).header("Origin", SANDBOX).GET());

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SANDBOX);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("Authorization");
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(sandbox.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SANDBOX);
    }

    @Test
    void theSameFeedbackTwiceCountsOnceAndALaterOutcomeReplacesTheEarlier() throws Exception {
        List<String> cards = new ArrayList<>();
        String service = null;
        for (int i = 0; i < 6; i++) {
            JsonNode card = TestApp.json(hook(app.key(Role.SYSTEM), "cds-hooks/patient-view-sleep.json")).get("cards").get(0);
            cards.add(card.get("uuid").asText());
            service = card.get("suggestions").get(0).get("actions").get(0).get("resource").get("code").get("coding").get(0)
                    .get("code").asText();
        }
        for (int round = 0; round < 2; round++) {
            for (String card : cards) {
                assertThat(feedback(card, "accepted", 1).statusCode()).isEqualTo(200);
            }
        }
        assertThat(feedback(cards.get(0), "accepted", 100).statusCode()).as("one card listed 100 times").isEqualTo(200);

        assertThat(accepted(service, "CARD_ACCEPTED")).isEqualTo("6");

        feedback(cards.get(0), "overridden", 1);

        assertThat(accepted(service, "CARD_ACCEPTED")).isEqualTo("5");
        assertThat(accepted(service, "CARD_OVERRIDDEN")).isEqualTo("<5");
    }

    private static HttpResponse<String> feedback(String card, String outcome, int times) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            entries.add("{\"card\": \"" + card + "\", \"outcome\": \"" + outcome + "\", \"outcomeTimestamp\": \"2026-11-24T10:00:00Z\"}");
        }
        return app.postJson("/cds-services/lotsen-pathway/feedback", app.key(Role.SYSTEM),
                "{\"feedback\": [" + String.join(",", entries) + "]}");
    }

    private static String accepted(String service, String measure) {
        JsonNode evaluation = TestApp.json(app.get("/evaluation", app.key(Role.POLICY_OWNER)));
        for (JsonNode line : evaluation.get("weekTotals")) {
            if (line.get("kind").asText().equals("SERVICE") && line.get("code").asText().equals(service)) {
                return line.get("counts").get(measure).asText();
            }
        }
        return "absent";
    }

}
