package ir.samt.stats;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged stats-service as its own process, started the way an operator starts it
 * ({@code java -jar quarkus-run.jar}, configured by environment variables only), so that a test can
 * run several replicas, stop them gracefully or kill them with SIGKILL.
 */
final class StatsProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private long startedAtNanos;

    /** {@code env}: the variables shared by every replica; the port and the instance id are this replica's own. */
    StatsProcess(String name, Map<String, String> env, Path logDir) {
        this.name = name;
        this.port = freePort();
        this.env = env;
        this.log = logDir.resolve(name + ".log");
    }

    StatsProcess start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar",
                Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // stable across this replica's restarts, different from the other replica's: like a pod name
        builder.environment().put("SAMT_STATS_INSTANCE_ID", name);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        startedAtNanos = System.nanoTime();
        process = builder.start();
        return this;
    }

    /** SIGKILL: no shutdown hook runs, the consumers never leave the group, the rebuild never releases its lease. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Quarkus shuts down gracefully. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    long millisSinceStart() {
        return (System.nanoTime() - startedAtNanos) / 1_000_000;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** HTTP status of a GET (-1 while the process does not answer). */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + " to " + path + ": " + response.body());
        }
        return response.body();
    }

    String post(String path, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + " to POST " + path + ": " + response.body());
        }
        return response.body();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
