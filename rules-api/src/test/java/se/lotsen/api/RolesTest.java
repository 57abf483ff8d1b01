package se.lotsen.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;

/** Every endpoint × every role, no key, a revoked key and a made-up key. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RolesTest {
    private static final Path DIR = TestApps.tempDir();
    static final DropwizardAppExtension<LotsenConfiguration> APP =
            new DropwizardAppExtension<>(LotsenApplication.class, TestApps.config(DIR));
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    @BeforeAll
    static void keys() {
        ApiKeys keys = TestApps.keys(DIR);
        for (Role role : Role.values()) {
            CALLERS.put(role.name(), TestApps.bearer(keys, role));
        }
        ApiKeys.Created revoked = keys.create(Role.POLICY_OWNER, "left the job");
        keys.revoke(revoked.record().id());
        CALLERS.put("revoked", "Bearer " + revoked.key());
        CALLERS.put("made-up", "Bearer lotsen_thisIsNotAKeyThatWasEverIssued0000000000");
        CALLERS.put("no key", null);
    }

    record Endpoint(String method, String path, String... allowed) {
    }

    private static final Endpoint[] ENDPOINTS = {
        new Endpoint("POST", "/pathways/suggest", "STAFF", "SYSTEM"),
        new Endpoint("GET", "/codes", "STAFF", "SYSTEM", "POLICY_OWNER"),
        new Endpoint("GET", "/services", "STAFF", "SYSTEM", "POLICY_OWNER"),
        new Endpoint("GET", "/services/BVC_NURSE", "STAFF", "SYSTEM", "POLICY_OWNER"),
        new Endpoint("GET", "/stats", "POLICY_OWNER"),
        new Endpoint("GET", "/openapi.json", "STAFF", "SYSTEM", "POLICY_OWNER", "revoked", "made-up", "no key"),
    };

    @TestFactory
    Stream<DynamicTest> eachEndpointAnswersOnlyItsRoles() {
        return Stream.of(ENDPOINTS).flatMap(endpoint -> CALLERS.entrySet().stream().map(caller ->
                DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path() + " as " + caller.getKey(), () -> {
                    int status;
                    try (Response response = call(endpoint, caller.getValue())) {
                        status = response.getStatus();
                    }
                    boolean allowed = Stream.of(endpoint.allowed()).anyMatch(caller.getKey()::equals);
                    boolean authenticated = Stream.of(Role.values()).anyMatch(r -> r.name().equals(caller.getKey()));
                    int expected = allowed ? 200 : authenticated ? 403 : 401;
                    assertThat(status).isEqualTo(expected);
                })));
    }

    private Response call(Endpoint endpoint, String authorization) {
        Invocation.Builder request = APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + endpoint.path())
                .request(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return endpoint.method().equals("POST")
                ? request.post(Entity.json("{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}"))
                : request.get();
    }
}
