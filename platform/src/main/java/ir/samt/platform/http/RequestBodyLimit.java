package ir.samt.platform.http;


import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;


import ir.samt.platform.problem.BodyTooLargeException;

/**
 * Caps every request body that is read into an object (the JSON of ordinary endpoints) at
 * {@code samt.http.max-json-body} bytes ({@link HttpConfig}), whatever {@code quarkus.http.limits.max-body-size} allows:
 * that server-wide limit must be large for the streamed bulk import, and must not let a 200 MB JSON
 * document be parsed by an endpoint that expects a few hundred bytes. Endpoints that take the body
 * as an {@link InputStream} stream it themselves and keep the server-wide limit.
 */
@Provider
public class RequestBodyLimit implements ReaderInterceptor {

    /** Looked up per request: JAX-RS providers are created before runtime configuration is available. */
    @Inject
    Instance<HttpConfig> config;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (InputStream.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        long limit = config.get().maxJsonBody();
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.matches("[0-9]{1,18}") && Long.parseLong(declared) > limit) {
            throw new BodyTooLargeException(limit);
        }
        context.setInputStream(new Capped(context.getInputStream(), limit));
        return context.proceed();
    }

    /** Counts what is read and fails once more than the limit has arrived (chunked bodies declare no length). */
    static final class Capped extends FilterInputStream {
        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
