package se.lotsen.api.interop.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.db.Store;

/** The JWT checks one by one, on a fixed clock and a real SQLite store (the replay cache). */
class CdsClientTrustTest {
    static final String ISSUER = "https://ehr.example.org";
    static final String AUD = "https://lotsen.example.org/cds-services/lotsen-pathway";
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;
    private Store store;
    private ECKey ec;
    private RSAKey rsa;

    @BeforeEach
    void open() throws Exception {
        DataSourceFactory database = LotsenConfiguration.sqlite(dir.resolve("lotsen.db").toString());
        Store.migrate(database);
        store = Store.open(Jdbi.create(database.getUrl()));
        ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    }

    private CdsClientTrust trust(Instant now, List<String> algorithms) {
        TrustedCdsClient client = new TrustedCdsClient();
        client.setIssuer(ISSUER);
        client.setAlgorithms(algorithms);
        client.setJwks(new JWKSet(List.of(ec.toPublicJWK(), rsa.toPublicJWK())).toJSONObject());
        return new CdsClientTrust(List.of(client), store.cdsHooks(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static JWTClaimsSet.Builder claims(String jti) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUD).issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(300))).jwtID(jti);
    }

    private String es384(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("ec-1").build(), claims);
        jwt.sign(new ECDSASigner(ec));
        return jwt.serialize();
    }

    private String rs384(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID("rsa-1").build(), claims);
        jwt.sign(new RSASSASigner(rsa));
        return jwt.serialize();
    }

    @Test
    void es384AndRs384AreTrustedWhenEveryClaimHolds() throws Exception {
        CdsClientTrust trust = trust(NOW, List.of("ES384", "RS384"));

        assertThat(trust.verify(es384(claims("1").build()), AUD)).isInstanceOf(CdsClientTrust.Trusted.class);
        assertThat(trust.verify(rs384(claims("2").build()), AUD)).isInstanceOf(CdsClientTrust.Trusted.class);
    }

    @Test
    void anAlgorithmTheClientMayNotUseIsRefused() throws Exception {
        CdsClientTrust trust = trust(NOW, List.of("ES384"));

        assertThat(trust.verify(rs384(claims("1").build()), AUD)).isInstanceOf(CdsClientTrust.Refused.class);
    }

    @Test
    void eachMissingOrWrongClaimIsRefused() throws Exception {
        CdsClientTrust trust = trust(NOW, List.of("ES384"));

        assertThat(trust.verify(es384(claims("a").issuer("https://other.example").build()), AUD))
                .isEqualTo(new CdsClientTrust.Refused("the JWT's issuer (iss) is not a trusted CDS client"));
        assertThat(trust.verify(es384(claims("b").audience("https://lotsen.example.org/cds-services").build()), AUD))
                .isInstanceOf(CdsClientTrust.Refused.class);
        assertThat(trust.verify(es384(claims("c").issueTime(null).build()), AUD)).isInstanceOf(CdsClientTrust.Refused.class);
        assertThat(trust.verify(es384(claims("d").issueTime(Date.from(NOW.plusSeconds(120))).build()), AUD))
                .isInstanceOf(CdsClientTrust.Refused.class);
        assertThat(trust.verify(es384(claims(null).build()), AUD)).isInstanceOf(CdsClientTrust.Refused.class);
        assertThat(trust.verify("not.a.jwt", AUD)).isInstanceOf(CdsClientTrust.Refused.class);
    }

    @Test
    void aReplayIsRefusedByAnotherNodeUntilTheTokenHasExpired() throws Exception {
        String token = es384(claims("once").build());
        trust(NOW, List.of("ES384")).verify(token, AUD);

        CdsClientTrust otherNode = trust(NOW.plusSeconds(10), List.of("ES384"));

        assertThat(otherNode.verify(token, AUD)).isInstanceOf(CdsClientTrust.Refused.class);
        assertThat(store.cdsHooks().tokenIds()).isEqualTo(1);
    }

    @Test
    void theReplayCacheForgetsExpiredTokens() throws Exception {
        trust(NOW, List.of("ES384")).verify(es384(claims("old").build()), AUD);
        CdsClientTrust later = trust(NOW.plusSeconds(400), List.of("ES384"));

        later.verify(es384(claims("new").issueTime(Date.from(NOW.plusSeconds(400)))
                .expirationTime(Date.from(NOW.plusSeconds(600))).build()), AUD);

        assertThat(store.cdsHooks().tokenIds()).as("the old id is gone, the new one kept").isEqualTo(1);
    }

    @Test
    void aClientWithBothKeySourcesNoneOrAnHmacAlgorithmIsAnInvalidConfig() {
        jakarta.validation.Validator validator = io.dropwizard.jersey.validation.Validators.newValidator();
        TrustedCdsClient both = new TrustedCdsClient();
        both.setIssuer(ISSUER);
        both.setJwks(new JWKSet(ec.toPublicJWK()).toJSONObject());
        both.setJwksFile("keys.json");
        TrustedCdsClient none = new TrustedCdsClient();
        none.setIssuer(ISSUER);
        TrustedCdsClient hmac = new TrustedCdsClient();
        hmac.setIssuer(ISSUER);
        hmac.setJwks(new JWKSet(ec.toPublicJWK()).toJSONObject());
        hmac.setAlgorithms(List.of("HS256"));
        TrustedCdsClient fine = new TrustedCdsClient();
        fine.setIssuer(ISSUER);
        fine.setJwks(new JWKSet(ec.toPublicJWK()).toJSONObject());

        assertThat(validator.validate(both)).isNotEmpty();
        assertThat(validator.validate(none)).isNotEmpty();
        assertThat(validator.validate(hmac)).isNotEmpty();
        assertThat(validator.validate(fine)).isEmpty();
    }

    @Test
    void aConfigWithAPrivateKeyIsRefusedAtStart() {
        TrustedCdsClient client = new TrustedCdsClient();
        client.setIssuer(ISSUER);
        client.setJwks(new JWKSet(ec).toJSONObject(false));

        assertThatThrownBy(() -> new CdsClientTrust(List.of(client), store.cdsHooks(), Clock.systemUTC()))
                .hasMessageContaining("private key");
    }

    /**
     * One issuer is one tenant's: a region's journal system configured once for Grästorp and once for Norrköping (the same
     * iss) would otherwise be trusted as whichever came last, and Grästorp's calls answered and counted as Norrköping's.
     */
    @Test
    void anIssuerTrustedForTwoTenantsIsRefusedAtStart() throws Exception {
        ECKey other = new ECKeyGenerator(Curve.P_384).keyID("ec-2").generate();
        TrustedCdsClient grastorp = new TrustedCdsClient();
        grastorp.setIssuer(ISSUER);
        grastorp.setTenant("grastorp");
        grastorp.setJwks(new JWKSet(ec.toPublicJWK()).toJSONObject());
        TrustedCdsClient norrkoping = new TrustedCdsClient();
        norrkoping.setIssuer(ISSUER);
        norrkoping.setTenant("norrkoping");
        norrkoping.setJwks(new JWKSet(other.toPublicJWK()).toJSONObject());

        assertThatThrownBy(() -> new CdsClientTrust(List.of(grastorp, norrkoping), store.cdsHooks(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ISSUER).hasMessageContaining("grastorp")
                .hasMessageContaining("norrkoping");
    }
}
