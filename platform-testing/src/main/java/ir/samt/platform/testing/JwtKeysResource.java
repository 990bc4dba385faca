package ir.samt.platform.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Generates an RSA-2048 key pair for this test JVM: the service verifies tokens with the public
 * half and {@link Tokens} signs them with the private half. No key is ever committed.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    private static KeyPair keyPair;

    static synchronized KeyPair keyPair() {
        if (keyPair == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keyPair = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return keyPair;
    }

    @Override
    public Map<String, String> start() {
        KeyPair pair = keyPair();
        return Map.of(
                "mp.jwt.verify.publickey", pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                "smallrye.jwt.sign.key", pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----";
    }
}
