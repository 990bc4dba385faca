package ir.samt.platform.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The body as text, decoded strictly: bytes that are not valid in the charset end the text exactly
 * there. Every character decoded before them is handed out first, then the next read throws
 * {@link InvalidBytes}, so the record holding them is the one that reports it and the records
 * before it are read whole. A name decoded with replacement characters would be stored wrong
 * without anyone noticing, and after such bytes the decoder cannot say where the next character starts.
 *
 * <p>Hand-written because the JDK's {@code InputStreamReader} (and {@code Channels.newReader}) throw
 * on such bytes without returning the characters they had decoded in the same call, up to a whole
 * buffer of good records, which would then be neither imported nor reported. {@link #read()} is not
 * synchronised, unlike {@code Reader}'s: the NDJSON source reads one character at a time.
 */
public final class StrictTextReader extends Reader {

    /** Thrown once the text before the invalid bytes was read; again on every later read. */
    public static final class InvalidBytes extends IOException {
        InvalidBytes() {
            super("holds bytes that are not valid text in the file's charset (UTF-8 unless the Content-Type "
                    + "names another); nothing from there on was read");
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(8 * 1024).flip();
    private boolean bytesEnded;
    private boolean decoded;
    private InvalidBytes invalid;

    public StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read() throws IOException {
        return chars.hasRemaining() || fill() ? chars.get() : -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Whether the whole body was decoded: the reads that follow the buffered text return the end, not an error. */
    boolean reachedEnd() {
        return decoded && invalid == null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes at least one more character unless the text has ended. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !decoded) {
            CoderResult result = decoder.decode(bytes, chars, bytesEnded);
            if (result.isError()) {
                decoded = true;
                invalid = new InvalidBytes();
            } else if (result.isUnderflow() && bytesEnded) {
                decoder.flush(chars);
                decoded = true;
            } else if (result.isUnderflow()) {
                readBytes();
            }
        }
        chars.flip();
        if (!chars.hasRemaining() && invalid != null) {
            throw invalid;
        }
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
