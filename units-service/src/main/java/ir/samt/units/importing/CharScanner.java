package ir.samt.units.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The body as characters, one at a time through one buffer. The row sources scan it themselves
 * instead of calling {@code readLine}, so that they decide how much of a record they keep: a
 * line-based reader holds a whole line, and one 200 MB line (or an unclosed CSV quote) would be
 * held whole.
 *
 * <p>Bytes that are not valid in the charset end the input exactly there, with {@link #takeEncodingError}
 * saying so: a name decoded with replacement characters would be stored wrong without anyone
 * noticing, and after such bytes the decoder cannot say where the next character starts. The
 * decoder is driven here rather than through an {@code InputStreamReader}, which on an error also
 * drops the characters it had decoded before it, up to 8 KiB of good records.
 */
final class CharScanner {

    static final int END = -1;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(8 * 1024).flip();
    private boolean bytesEnded;
    private boolean ended;
    private String encodingError;

    CharScanner(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The next character, or {@link #END}. */
    int next() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return END;
        }
        return chars.get();
    }

    /** The next character without consuming it, or {@link #END}. */
    int peek() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return END;
        }
        return chars.get(chars.position());
    }

    /**
     * Why the input ended before the body did, once: the record that ran into it reports it, and
     * the source ends after that record instead of reporting it again at every call.
     *
     * @return the reason, or null if the body ended normally or the reason was already taken
     */
    String takeEncodingError() {
        String error = encodingError;
        encodingError = null;
        return error;
    }

    /** Decodes at least one more character unless the input has ended; the characters before an error are kept. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !ended) {
            CoderResult result = decoder.decode(bytes, chars, bytesEnded);
            if (result.isError()) {
                ended = true;
                encodingError = "holds bytes that are not valid text in the file's charset (UTF-8 unless the Content-Type "
                        + "names another); nothing from there on was read";
            } else if (result.isUnderflow() && bytesEnded) {
                decoder.flush(chars);
                ended = true;
            } else if (result.isUnderflow()) {
                readBytes();
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            bytesEnded = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }
}
