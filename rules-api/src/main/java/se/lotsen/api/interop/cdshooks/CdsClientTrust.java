package se.lotsen.api.interop.cdshooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import se.lotsen.api.auth.ApiKeyPrincipal;
import se.lotsen.api.auth.Role;
import se.lotsen.api.db.CdsHooksDao;

/**
 * Verifies the JWT a trusted CDS client signs for each call (CDS Hooks 2.0, "Trusting CDS Clients"):
 * the issuer is configured, the key ({@code kid}) is one of its keys and the algorithm one it may use,
 * the signature holds, {@code aud} is the called address, {@code exp} is in the future but at most five
 * minutes ahead, {@code iat} is not in the future, and {@code jti} was never seen before on any node
 * (the store keeps each id until its token expires). A trusted client calls with the role SYSTEM.
 */
public final class CdsClientTrust {
    /** The spec's limit on {@code exp}. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    /** Clocks of two machines differ a little; more than this and the token is refused. */
    static final Duration SKEW = Duration.ofSeconds(30);
    static final int MAX_JTI = 200;
    /** How often expired token ids are deleted: the cache holds the ids of at most the last six minutes of tokens. */
    static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

    /** What a verification came to: a trusted caller, or the reason the token is refused. */
    public sealed interface Verdict {
    }

    public record Trusted(ApiKeyPrincipal caller) implements Verdict {
    }

    public record Refused(String reason) implements Verdict {
    }

    private record Client(String issuer, JWKSet keys, Set<String> algorithms, String tenant) {
    }

    private final Map<String, Client> clients = new HashMap<>();
    private final CdsHooksDao store;
    private final Clock clock;
    private final AtomicLong nextCleaning = new AtomicLong();

    public CdsClientTrust(List<TrustedCdsClient> trusted, CdsHooksDao store, Clock clock) {
        this.store = store;
        this.clock = clock;
        for (TrustedCdsClient client : trusted) {
            Client earlier = clients.put(client.getIssuer(), new Client(client.getIssuer(), keys(client),
                    Set.copyOf(client.getAlgorithms()), client.getTenant()));
            if (earlier != null) {
                // The issuer is what names the tenant: one issuer listed twice would be trusted as the last one only, and
                // the first tenant's calls answered and counted as the other's.
                throw new IllegalArgumentException("the CDS client " + client.getIssuer() + " is listed twice (tenants "
                        + earlier.tenant() + " and " + client.getTenant() + "): an issuer calls for one tenant; give each "
                        + "tenant's journal system an issuer of its own");
            }
        }
    }

    /** The JWKS of a client, refused at start when it is unreadable or holds a private key (someone pasted the wrong half). */
    private static JWKSet keys(TrustedCdsClient client) {
        try {
            JWKSet keys = client.getJwks() != null ? JWKSet.parse(client.getJwks()) : JWKSet.load(Path.of(client.getJwksFile()).toFile());
            for (JWK key : keys.getKeys()) {
                if (key.isPrivate()) {
                    throw new IllegalArgumentException("the JWKS of CDS client " + client.getIssuer() + " holds a private key ("
                            + key.getKeyID() + "): give Lotsen the public keys only");
                }
                if (!(key instanceof AsymmetricJWK) || key.getKeyID() == null) {
                    throw new IllegalArgumentException("every key of CDS client " + client.getIssuer()
                            + " must be an EC or RSA public key with a kid");
                }
            }
            return keys;
        } catch (ParseException | IOException e) {
            throw new IllegalArgumentException("the JWKS of CDS client " + client.getIssuer() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A bearer token with three dot-separated parts is a JWT; an API key has none. */
    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /** Verifies a token sent to {@code audience}, the address that was called; remembers its jti when trusted. */
    public Verdict verify(String token, String audience) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return new Refused("the bearer token is not a signed JWT");
        }
        Client client = claims.getIssuer() == null ? null : clients.get(claims.getIssuer());
        if (client == null) {
            return new Refused("the JWT's issuer (iss) is not a trusted CDS client");
        }
        String signature = signature(jwt, client);
        if (signature != null) {
            return new Refused(signature);
        }
        String problem = claimsProblem(claims, audience);
        if (problem != null) {
            return new Refused(problem);
        }
        long expiresAt = claims.getExpirationTime().toInstant().plus(SKEW).toEpochMilli();
        deleteExpiredNowAndThen();
        if (store.rememberTokenId(client.tenant(), client.issuer(), claims.getJWTID(), expiresAt) != 1) {
            return new Refused("this JWT was used before (its jti is not new): sign a new one for every call");
        }
        return new Trusted(new ApiKeyPrincipal("cds-client:" + client.issuer(), "CDS client " + client.issuer(), Role.SYSTEM,
                client.tenant()));
    }

    /** Null when the signature is the client's, else why not. */
    private static String signature(SignedJWT jwt, Client client) {
        JWSHeader header = jwt.getHeader();
        if (!client.algorithms().contains(header.getAlgorithm().getName())) {
            return "the JWT's algorithm " + header.getAlgorithm() + " is not one this client may use: " + client.algorithms();
        }
        JWK key = header.getKeyID() == null ? null : client.keys().getKeyByKeyId(header.getKeyID());
        if (key == null) {
            return "the JWT's kid does not name a key of this client";
        }
        try {
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(header, ((AsymmetricJWK) key).toPublicKey());
            return jwt.verify(verifier) ? null : "the JWT's signature does not hold";
        } catch (JOSEException | IllegalStateException e) {
            return "the JWT's key and algorithm do not fit together: " + e.getMessage();
        }
    }

    private String claimsProblem(JWTClaimsSet claims, String audience) {
        Instant now = clock.instant();
        if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
            return "the JWT's audience (aud) must be the address called: " + audience;
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().plus(SKEW).isAfter(now)) {
            return "the JWT has expired (exp)";
        }
        if (exp.toInstant().isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
            return "the JWT's exp is more than five minutes ahead";
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(SKEW))) {
            return "the JWT must say when it was issued (iat), and not in the future";
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank() || jti.length() > MAX_JTI) {
            return "the JWT must carry an id (jti) of at most " + MAX_JTI + " characters";
        }
        return null;
    }

    /** Forgets the ids of expired tokens, once a minute, by whichever call comes first (on any node: the delete is idempotent). */
    private void deleteExpiredNowAndThen() {
        long now = clock.millis();
        long next = nextCleaning.get();
        if (now >= next && nextCleaning.compareAndSet(next, now + CLEAN_EVERY.toMillis())) {
            store.deleteExpiredTokenIds(now);
        }
    }
}
