package ir.samt.permits.reference;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * units-service as permits-service sees it: GET /estates/{code} and GET /units/{id} with the JSON
 * units-service answers. Estates stand for reference data an operator has registered in units-service
 * (deploy/reference/IR-25-estates.ndjson holds Qom's eleven, IR-25-T01..T07 and IR-25-Z01..Z04): here
 * IR-25-T01..T08, IR-25-Z01..Z03, Tehran's IR-23-T01 and Alborz's IR-30-T01 (the robustness suite's
 * province) exist; units exist once a test {@link #register}s them. The whole system runs the real
 * units-service with the reference file loaded (scenario ArticleFiguresIT); this stub lets permits' own
 * tests name what exists, and stop it to play an outage.
 */
public class UnitsServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final Pattern ESTATE = Pattern.compile("/estates/(IR-25-T0[1-8]|IR-25-Z0[1-3]|IR-23-T01|IR-30-T01)");
    private static final Pattern UNIT = Pattern.compile("/units/([0-9a-f-]{36})");
    private static final Map<UUID, String> UNITS = new ConcurrentHashMap<>();
    private static volatile HttpServer server;
    private static volatile int port;
    /** The Authorization header of the last request: permits-service must send the caller's token. */
    public static volatile String lastAuthorization;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        port = server.getAddress().getPort();
        serve();
        return Map.of("quarkus.rest-client.units.url", "http://127.0.0.1:" + port);
    }

    public static void register(UUID unit, String province) {
        UNITS.put(unit, province);
    }

    /** units-service goes away: connections to it are refused. */
    public static void stopServing() {
        server.stop(0);
    }

    public static void resumeServing() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        serve();
    }

    private static void serve() {
        server.createContext("/", UnitsServiceStub::answer);
        server.start();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        String path = exchange.getRequestURI().getPath();
        Matcher estate = ESTATE.matcher(path);
        Matcher unit = UNIT.matcher(path);
        if (estate.matches()) {
            String code = estate.group(1);
            respond(exchange, 200, "{\"code\":\"" + code + "\",\"kind\":\"TOWN\",\"nameFa\":\"شهرک\",\"province\":\""
                    + code.substring(0, 5) + "\",\"provinceName\":\"قم\",\"county\":\"قم\"}");
        } else if (unit.matches() && UNITS.containsKey(UUID.fromString(unit.group(1)))) {
            respond(exchange, 200, "{\"id\":\"" + unit.group(1) + "\",\"kind\":\"INDUSTRIAL\",\"province\":\""
                    + UNITS.get(UUID.fromString(unit.group(1))) + "\",\"status\":\"ACTIVE\"}");
        } else {
            respond(exchange, 404, "{\"status\":404,\"title\":\"Not found\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
