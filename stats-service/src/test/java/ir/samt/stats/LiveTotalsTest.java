package ir.samt.stats;

import static ir.samt.stats.ContractEvents.issued;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.calendar.Jalali;

/** Totals leave the service live: Server-Sent Events and the compacted totals topic. */
@QuarkusTest
class LiveTotalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Live pushes carry the current Jalali year, so these events are dated today in Tehran. */
    private static final LocalDate TODAY = LocalDate.now(Jalali.TEHRAN);

    @TestHTTPResource("/stats/provinces/IR-20/stream")
    URL provinceStream;

    @TestHTTPResource("/stats/national/stream")
    URL nationalStream;

    @Test
    void sseSubscriberReceivesTheChangedTotalsWithinASecondOfTheEvent() throws Exception {
        List<JsonNode> province = new CopyOnWriteArrayList<>();
        List<JsonNode> national = new CopyOnWriteArrayList<>();
        CompletableFuture<?> a = subscribe(provinceStream, province);
        CompletableFuture<?> b = subscribe(nationalStream, national);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !province.isEmpty() && !national.isEmpty());
            long first = province.get(0).at("/licences/issued/count").asLong();
            long nationalBefore = national.get(national.size() - 1).at("/licences/issued/count").asLong();
            // the first event warms up the path (JIT, first queries); the second one is timed
            ContractEvents.send(issued("IR-20", "OPERATING", "NEW", "900", 9, TODAY));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                    province.get(province.size() - 1).at("/licences/issued/count").asLong() == first + 1);
            long before = first + 1;

            ContractEvents.send(issued("IR-20", "OPERATING", "NEW", "900", 9, TODAY));
            long sent = System.nanoTime();
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() ->
                    province.get(province.size() - 1).at("/licences/issued/count").asLong() == before + 1);
            long elapsedMs = (System.nanoTime() - sent) / 1_000_000;
            assertThat(elapsedMs).as("event to SSE push").isLessThan(1000);
            assertThat(province.get(province.size() - 1).at("/province/code").asText()).isEqualTo("IR-20");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                    national.get(national.size() - 1).at("/licences/issued/count").asLong() >= nationalBefore + 1);
        } finally {
            a.cancel(true);
            b.cancel(true);
        }
    }

    @Test
    void theTotalsTopicHoldsTheLatestTotalsOfTheProvince() {
        ContractEvents.send(issued("IR-21", "ESTABLISHMENT", "NEW", "100", 1, TODAY));
        ContractEvents.send(issued("IR-21", "ESTABLISHMENT", "NEW", "200", 1, TODAY));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> yazd = ContractEvents.readAll(ContractEvents.TOTALS).stream()
                    .filter(r -> "IR-21".equals(r.key())).toList();
            assertThat(yazd).isNotEmpty();
            JsonNode latest = JSON.readTree(yazd.get(yazd.size() - 1).value());
            assertThat(latest.path("type").asText()).isEqualTo("ir.samt.stats.province-totals.updated");
            assertThat(latest.path("subject").asText()).isEqualTo("IR-21");
            assertThat(latest.at("/data/province/nameEn").asText()).isEqualTo("Yazd");
            String thisYear = "/data/years/" + ir.samt.platform.calendar.Jalali.yearOf(TODAY);
            assertThat(latest.at(thisYear + "/licences/issued/count").asLong()).isEqualTo(2);
            assertThat(latest.at(thisYear + "/licences/issued/fixedInvestment/rials").asText()).isEqualTo("300");
            assertThat(latest.at("/data/stocks/activeLicences/ESTABLISHMENT").asLong()).isEqualTo(2);
            assertThat(ir.samt.platform.testing.AsyncApiContract.load()
                    .violations("ProvinceTotalsEvent", yazd.get(yazd.size() - 1).value())).isEmpty();
        });
    }

    /** Reads "data:" lines of an SSE stream into {@code sink} until cancelled. */
    private static CompletableFuture<?> subscribe(URL url, List<JsonNode> sink) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Accept", "text/event-stream").GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            try (Stream<String> lines = response.body()) {
                lines.filter(l -> l.startsWith("data:")).forEach(l -> {
                    try {
                        sink.add(JSON.readTree(l.substring(5).strip()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        });
    }
}
