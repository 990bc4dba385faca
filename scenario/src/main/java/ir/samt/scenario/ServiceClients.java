package ir.samt.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.client.permits.api.LicencesApi;
import ir.samt.client.stats.api.RebuildResourceApi;
import ir.samt.client.stats.api.StatsResourceApi;
import ir.samt.client.units.api.IndustrialTownsAndZonesApi;
import ir.samt.client.units.api.InspectionCampaignsApi;
import ir.samt.client.units.api.InspectionsApi;
import ir.samt.client.units.api.UnitsApi;
import ir.samt.client.units.model.ImportReport;
import io.smallrye.jwt.util.KeyUtils;
import ir.samt.platform.testing.Tokens;

/**
 * The three services as another government system calls them: Java clients generated from their OpenAPI documents
 * (scenario/pom.xml), every call carrying one bearer token signed by platform-testing's {@link Tokens}.
 */
public final class ServiceClients {

    /** Plain JSON, for what is not a generated model: NDJSON import lines and the stats answers as trees. */
    public static final ObjectMapper JSON = ir.samt.client.stats.ApiClient.createDefaultObjectMapper();

    public final LicencesApi licences;
    public final UnitsApi units;
    public final IndustrialTownsAndZonesApi estates;
    public final StatsResourceApi stats;
    public final RebuildResourceApi rebuild;
    public final InspectionsApi inspections;
    public final InspectionCampaignsApi campaigns;
    private final ir.samt.client.units.ApiClient unitsClient;

    public ServiceClients(String permitsUrl, String unitsUrl, String statsUrl, String token) {
        Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + token);
        ir.samt.client.permits.ApiClient permitsClient = new ir.samt.client.permits.ApiClient();
        permitsClient.updateBaseUri(permitsUrl);
        permitsClient.setRequestInterceptor(bearer).setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(60));
        unitsClient = new ir.samt.client.units.ApiClient();
        unitsClient.updateBaseUri(unitsUrl);
        unitsClient.setRequestInterceptor(bearer).setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(60));
        ir.samt.client.stats.ApiClient statsClient = new ir.samt.client.stats.ApiClient();
        statsClient.updateBaseUri(statsUrl);
        statsClient.setRequestInterceptor(bearer).setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(30));
        licences = new LicencesApi(permitsClient);
        units = new UnitsApi(unitsClient);
        estates = new IndustrialTownsAndZonesApi(unitsClient);
        stats = new StatsResourceApi(statsClient);
        rebuild = new RebuildResourceApi(statsClient);
        inspections = new InspectionsApi(unitsClient);
        campaigns = new InspectionCampaignsApi(unitsClient);
    }

    /**
     * POST /units/import with a body streamed as it is generated (45,000 rows are never held whole). The one call
     * not made by a generated method: openapi-generator's native library sends a body only as JSON or as one
     * String, and for this text/csv-or-NDJSON body its method takes a File that it would send JSON-encoded. The
     * request still goes through the generated client's base URI, token and ObjectMapper, and answers its
     * {@link ImportReport} model.
     */
    public ImportReport importUnits(String contentType, Supplier<InputStream> body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(unitsClient.getBaseUri() + "/units/import"))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(body));
        unitsClient.getRequestInterceptor().accept(request);
        HttpResponse<String> response = unitsClient.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("importUnits answered " + response.statusCode() + ": " + response.body());
        }
        return unitsClient.getObjectMapper().readValue(response.body(), ImportReport.class);
    }

    /** A national officer's token (permits, units, inspections, stats reads), signed with the key the services trust. */
    public static String officerToken(Path privateKeyPem, String issuer) throws Exception {
        return Tokens.signedWith(privateKey(privateKeyPem), issuer, Duration.ofHours(6), "scenario-loader", "IR",
                "permits-officer", "units-officer", "stats-reader",
                "inspections-officer");
    }

    /** A stats administrator's token (rebuilds). */
    public static String adminToken(Path privateKeyPem, String issuer) throws Exception {
        return Tokens.signedWith(privateKey(privateKeyPem), issuer, Duration.ofHours(1), "admin", null, "stats-admin", "stats-reader");
    }

    /** Whether a service answers its readiness check (not part of its API: the operator's /q/health/ready). */
    public static boolean ready(String baseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A generated model as the JSON tree it is on the wire: written and read back, so numbers are the nodes the
     * wire gives (a {@code Long} field holding 11 is an int node, as in the totals topic's JSON).
     */
    public static JsonNode tree(Object model) {
        try {
            return JSON.readTree(JSON.writeValueAsString(model));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        return KeyUtils.decodePrivateKey(Files.readString(pem));
    }
}
