package ir.samt.stats.query;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A read result serialised once, with a strong entity tag over its bytes. The read cache keeps
 * these instead of the view objects, so a hot summary costs a map lookup and a byte copy rather than
 * a fresh serialisation per request, and clients that poll with {@code If-None-Match} get a 304.
 */
public record RenderedJson(byte[] bytes, EntityTag etag) {

    public static RenderedJson of(ObjectMapper mapper, Object value) {
        try {
            byte[] bytes = mapper.writeValueAsBytes(value);
            // a digest of the bytes, not the projection version: equal figures give equal tags on every replica
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new RenderedJson(bytes, new EntityTag(HexFormat.of().formatHex(digest, 0, 16)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not render a read result", e);
        }
    }
}
