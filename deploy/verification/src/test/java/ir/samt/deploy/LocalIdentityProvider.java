package ir.samt.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpServer;

/**
 * An identity provider on loopback shaped like a Keycloak realm {@code samt} (docs/operations.md,
 * "Identity provider"): it publishes a JWK set at the realm's certs endpoint, with a short
 * {@code Cache-Control: max-age}, and signs RS256 tokens with the roles in {@code groups} and the
 * officer's {@code province}. The published keys can be replaced while the services run (rotation).
 */
final class LocalIdentityProvider implements AutoCloseable {

    private static final String CERTS_PATH = "/realms/samt/protocol/openid-connect/certs";

    private final AtomicReference<String> published = new AtomicReference<>();
    private final String issuer;
    private final HttpServer server;

    private LocalIdentityProvider(String issuer, Map<String, KeyPair> keys) {
        this.issuer = issuer;
        publish(keys);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(CERTS_PATH, exchange -> {
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // a provider says how long its key set may be cached; the services refetch it after that
            exchange.getResponseHeaders().add("Cache-Control", "max-age=2");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Starts publishing the given keys (key id to pair) for tokens of this issuer. */
    static LocalIdentityProvider publishing(String issuer, Map<String, KeyPair> keys) {
        return new LocalIdentityProvider(issuer, keys);
    }

    /** Replaces the published key set: a rotation, or a key's withdrawal. */
    void publish(Map<String, KeyPair> keys) {
        JsonWebKeySet set = new JsonWebKeySet();
        keys.forEach((id, pair) -> {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            jwk.setKeyId(id);
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            set.addJsonWebKey(jwk);
        });
        published.set(set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    /** What JWT_PUBLIC_KEY_LOCATION is set to: the realm's JWKS endpoint. */
    String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + CERTS_PATH;
    }

    /** A token of this provider's issuer, valid for five minutes. */
    String token(KeyPair key, String keyId, String subject, List<String> roles, String province) {
        return signed(issuer, key, keyId, subject, roles, province);
    }

    /** A token of any issuer signed with the given key, valid for five minutes. */
    static String signed(String issuer, KeyPair key, String keyId, String subject, List<String> roles, String province) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", roles);
        if (province != null) {
            claims.setClaim("province", province);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivate());
        jws.setKeyIdHeaderValue(keyId);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half as a PEM file, for a service configured with {@code JWT_PUBLIC_KEY_LOCATION=file:...}. */
    static java.nio.file.Path writePublicKeyPem(KeyPair key, java.nio.file.Path file) {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            return java.nio.file.Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
