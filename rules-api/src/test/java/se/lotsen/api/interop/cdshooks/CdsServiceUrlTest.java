package se.lotsen.api.interop.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;

/** With serviceUrl configured, the audience is that address plus the path, whatever address or Host the request came by. */
class CdsServiceUrlTest {
    private static String jwt(ECKey key, String audience) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(CdsHooksTrustTest.ISSUER).audience(audience).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return "Bearer " + jwt.serialize();
    }

    @Test
    void theConfiguredAddressIsTheAudienceAndTheArrivalAddressIsNot() throws Exception {
        ECKey key = ECKey.parse(Files.readString(CdsHooksTrustTest.EXAMPLES.resolve("cds-hooks/example-client.jwk")));
        CdsHooksConfiguration trust = CdsHooksTrustTest.exampleTrust();
        trust.setServiceUrl("https://lotsen.example.org/");
        try (TestApp app = TestApp.start(c -> c.setCdsHooks(trust))) {
            assertThat(app.get("/cds-services", jwt(key, "https://lotsen.example.org/cds-services")).statusCode()).isEqualTo(200);
            assertThat(app.get("/cds-services", jwt(key, app.uri("/cds-services").toString())).statusCode()).isEqualTo(401);
        }
    }
}
