package ir.samt.units.reference;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import ir.samt.platform.testing.Tokens;

/**
 * Every units test runs on a database holding the reference data an operator registers in a deployment
 * (deploy/reference/IR-25-estates.ndjson: Qom's eleven towns and zones), registered through POST /estates
 * as deploy/reference/load-estates.sh does it, once per database. Registered by a national officer, so that a 409 for an estate already there is all a second
 * load can get.
 */
public class ReferenceEstates implements QuarkusTestBeforeEachCallback {

    public static final Path QOM = Path.of("..", "deploy", "reference", "IR-25-estates.ndjson");

    private static final Set<String> LOADED = new HashSet<>();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        // a test profile may start the application on another database
        String database = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        // the application's URL: RestAssured is pointed at it only once the test method runs
        String url = ConfigProvider.getConfig().getValue("test.url", String.class);
        synchronized (LOADED) {
            if (!LOADED.contains(database)) {
                lines().forEach(line -> register(url, line));
                LOADED.add(database);
            }
        }
    }

    /** The reference file's estates, one POST /estates body each. */
    public static List<String> lines() {
        try {
            return Files.readAllLines(QOM, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void register(String url, String body) {
        int status = given().baseUri(url).auth().oauth2(Tokens.of("reference-loader", "IR", "units-officer"))
                .contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/estates").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("POST /estates answered " + status + " for " + body);
        }
    }
}
