package ir.samt.platform.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an import's Content-Type says: the format of the body and its charset (UTF-8 unless named).
 * Anything that does not say one of the two formats in an accepted charset is 415: JAX-RS lets a
 * request without a Content-Type through to the method, and guessing the format or the charset of
 * a registry file would store its names wrong rather than refuse them.
 */
public record ImportMediaType(Format format, Charset charset) {

    /**
     * UTF-8, and the Windows code page for Persian in which older registries export. Not any charset
     * Java knows: a client that labels UTF-8 Persian as ISO-8859-1 (some HTTP libraries add that to
     * every text/* type) would otherwise have every name stored as Latin mojibake, without an error.
     */
    private static final Set<Charset> ACCEPTED_CHARSETS = Set.of(StandardCharsets.UTF_8, Charset.forName("windows-1256"));

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    public enum Format {
        CSV, NDJSON
    }

    public static ImportMediaType of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("A Content-Type is required: " + CSV + " or " + NDJSON);
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw unsupported("'" + contentType + "' is not a media type; send " + CSV + " or "
                    + NDJSON);
        }
        String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        Format format = switch (name) {
            case CSV -> Format.CSV;
            case NDJSON -> Format.NDJSON;
            default -> throw unsupported(name + " is not an import format; send " + CSV + " or "
                    + NDJSON);
        };
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return new ImportMediaType(format, StandardCharsets.UTF_8);
        }
        Charset named;
        try {
            named = Charset.forName(charset.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            named = null;
        }
        if (named == null || !ACCEPTED_CHARSETS.contains(named)) {
            throw unsupported("charset " + charset + " is not accepted; send UTF-8 (or windows-1256)");
        }
        return new ImportMediaType(format, named);
    }

    /**
     * The records of an import's body in this format: CSV with a header naming {@code columns}, or NDJSON.
     * Closing the source closes the body.
     */
    public RowSource rows(InputStream body, ImportLimits limits, ImportColumns columns, ObjectMapper mapper)
            throws IOException {
        StrictTextReader text = text(body);
        try {
            return format == Format.CSV ? new CsvRowSource(text, limits, columns) : new NdjsonRowSource(text, mapper, limits);
        } catch (IOException | RuntimeException e) {
            text.close();
            throw e;
        }
    }

    /** The body as text; bytes that are not valid in the charset are reported (see {@link StrictTextReader}), not replaced. */
    public StrictTextReader text(InputStream body) {
        return new StrictTextReader(body, charset);
    }

    private static NotSupportedException unsupported(String message) {
        return new NotSupportedException(message);
    }
}
