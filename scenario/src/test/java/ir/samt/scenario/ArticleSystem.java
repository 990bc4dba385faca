package ir.samt.scenario;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import ir.samt.kafka.ContractTopics;
import ir.samt.kafka.KafkaBroker;

/**
 * The system the acceptance tests read: the packaged services as separate processes on a real broker
 * and PostgreSQL, with the article's scenario loaded through the public HTTP APIs. Started once per
 * test JVM by the first class that asks ({@code @ExtendWith(ArticleSystem.Loaded.class)}), shared by
 * the others, and stopped by JUnit after the last (the root store closes it).
 */
public final class ArticleSystem implements ExtensionContext.Store.CloseableResource {

    private static volatile ArticleSystem current;

    final KafkaBroker broker;
    final ServiceProcesses services;
    final ServiceClients apis;
    /** How long the scenario took through the HTTP APIs. */
    final long loadMillis;
    /** SSE updates of Qom's stream received while the scenario loaded. */
    final AtomicInteger sseUpdatesWhileLoading = new AtomicInteger();

    /** Starts the system for the first test class that needs it; the others find it running. */
    public static final class Loaded implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            Path root = Path.of("").toAbsolutePath().getParent();
            Assumptions.assumeTrue(ServiceProcesses.packaged(root),
                    "the services are packaged before this module in the reactor build");
            current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(ArticleSystem.class, k -> start(root), ArticleSystem.class);
        }
    }

    static ArticleSystem current() {
        if (current == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(ArticleSystem.Loaded.class)");
        }
        return current;
    }

    private ArticleSystem(Path root) throws Exception {
        broker = KafkaBroker.temporary().start();
        broker.createTopics(ContractTopics.ALL);
        services = new ServiceProcesses(root, Path.of("target/scenario").toAbsolutePath(), broker.bootstrapServers());
        for (String service : List.of("permits", "units", "stats")) {
            services.freshDatabase(service);
            services.start(service);
        }
        for (String service : List.of("permits", "units", "stats")) {
            services.awaitReady(service);
        }
        String officer = ServiceClients.officerToken(services.privateKey, ServiceProcesses.ISSUER);
        // reference data is in no migration: Qom's towns and zones go in through the API, as an operator loads them
        services.loadReferenceData(officer);
        apis = new ServiceClients(services.url("permits"), services.url("units"), services.url("stats"), officer);
        CompletableFuture<?> sse = countSseUpdates(services.url("stats") + "/stats/provinces/IR-25/stream");
        loadMillis = new ArticleScenario(apis).load();
        System.out.printf("Scenario loaded through the HTTP APIs in %.1f s%n", loadMillis / 1000.0);
        ArticleFiguresIT.awaitArticleFigures(apis);
        sse.cancel(true);
        Files.writeString(Path.of("target/scenario/load-time.txt"), loadMillis + " ms\n");
    }

    private static ArticleSystem start(Path root) {
        try {
            return new ArticleSystem(root);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the system and load the article's scenario", e);
        }
    }

    private CompletableFuture<?> countSseUpdates(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        sseUpdatesWhileLoading.incrementAndGet();
                    }
                }));
    }

    @Override
    public void close() throws Exception {
        services.close();
        broker.close();
    }
}
