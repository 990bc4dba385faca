package ir.samt.platform.testing;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the key {@link JwtKeysResource} gave the service. */
public final class Tokens {

    public static final String ISSUER = "https://auth.samt.test";

    private Tokens() {
    }

    /** A token for {@code user} holding {@code roles}, scoped to {@code province} (null = national). */
    public static String of(String user, String province, String... roles) {
        var builder = Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles)).expiresIn(600);
        if (province != null) {
            builder.claim("province", province);
        }
        return builder.jws().sign(JwtKeysResource.keyPair().getPrivate());
    }

    /** A correctly signed token for {@code user} whose extra claims may have any type (a hostile issuer's view). */
    public static String withClaims(String user, java.util.Map<String, Object> claims, String... roles) {
        var builder = Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles)).expiresIn(600);
        claims.forEach(builder::claim);
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
