package ir.samt.platform.testing;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the key {@link JwtKeysResource} gave the service. */
public final class Tokens {

    public static final String ISSUER = "https://auth.samt.test";

    private Tokens() {
    }

    /** A token for {@code user} holding {@code roles}, scoped to {@code province} (null = national). */
    public static String of(String user, String province, String... roles) {
        return signedWith(JwtKeysResource.keyPair().getPrivate(), ISSUER, Duration.ofMinutes(10), user, province, roles);
    }

    /**
     * The same token signed with {@code key} for {@code issuer}, valid for {@code lifetime}: for services this JVM
     * did not start (the scenario's packaged services, a local run), which trust a key and issuer of their own.
     */
    public static String signedWith(PrivateKey key, String issuer, Duration lifetime, String user, String province,
            String... roles) {
        var builder = Jwt.issuer(issuer).upn(user).subject(user).groups(Set.of(roles)).expiresIn(lifetime);
        if (province != null) {
            builder.claim("province", province);
        }
        return builder.jws().sign(key);
    }

    /** A correctly signed token for {@code user} whose extra claims may have any type (a hostile issuer's view). */
    public static String withClaims(String user, java.util.Map<String, Object> claims, String... roles) {
        var builder = Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles)).expiresIn(600);
        claims.forEach(builder::claim);
        return builder.jws().sign(JwtKeysResource.keyPair().getPrivate());
    }

    /**
     * A token carrying exactly {@code claims} besides issuer and expiry, signed with the trusted key:
     * for tests of odd claims (a province that is an array, a 250-character subject, no groups).
     * Lists become JSON arrays and maps JSON objects. A negative {@code expiresInSeconds} gives a
     * token that expired that long ago.
     */
    public static String withClaims(java.util.Map<String, Object> claims, long expiresInSeconds) {
        long now = java.time.Instant.now().getEpochSecond();
        var builder = Jwt.claims(claims).issuer(ISSUER);
        if (expiresInSeconds < 0) {
            builder.issuedAt(now + 2 * expiresInSeconds).expiresAt(now + expiresInSeconds);
        } else {
            builder.expiresIn(expiresInSeconds);
        }
        return builder.jws().sign(JwtKeysResource.keyPair().getPrivate());
    }

    /** A well-formed token signed by a key the service does not trust. */
    public static String signedByStranger(String user, String... roles) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).upn(user).groups(Set.of(roles)).expiresIn(600)
                    .jws().sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
