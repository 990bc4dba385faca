package ir.samt.platform.testing.robustness;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request, kept whole so that a failure can be reported exactly as it was sent.
 *
 * @param operation  the operation's key, e.g. {@code POST /permits}
 * @param attack     what kind of request this is (counted in the summary)
 * @param label      what was changed, e.g. {@code body.holder.name = "\u0000"}; known defects match on it
 * @param method     HTTP method
 * @param target     path and query, already percent-encoded
 * @param headers    every header sent (Authorization included)
 * @param credential what the Authorization header carries, readable (claims, not the signature)
 * @param body       the body bytes, or {@code null}
 */
public record ProbeRequest(String operation, Attack attack, String label, String method, String target,
        Map<String, String> headers, String credential, byte[] body) {

    /** The request as a report shows it: enough to replay it with curl. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(method).append(' ').append(Wire.printable(target, 600)).append('\n');
        out.append("    [").append(attack.label).append("] ").append(Wire.printable(label, 300)).append('\n');
        headers.forEach((name, value) -> out.append("    ").append(name).append(": ")
                .append(name.equalsIgnoreCase("Authorization") ? "Bearer <" + credential + ">" : Wire.printable(value, 200))
                .append('\n'));
        if (body != null) {
            out.append("    body (").append(body.length).append(" bytes): ")
                    .append(Wire.printable(new String(body, StandardCharsets.UTF_8), 1_500)).append('\n');
        }
        return out.toString();
    }
}
