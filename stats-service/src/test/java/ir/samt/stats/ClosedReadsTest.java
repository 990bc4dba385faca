package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import ir.samt.platform.testing.Tokens;

/**
 * With {@code samt.stats.public-read=false} every endpoint under /stats needs a stats-reader (or
 * stats-admin) token — including one that does nothing about access itself.
 */
@QuarkusTest
@TestProfile(ClosedReadsTest.ClosedReads.class)
class ClosedReadsTest {

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("samt.stats.public-read", "false");
        }
    }

    /** What a forgetful developer adds: no annotation, no access call. Test code, deployed in test runs only. */
    @Path("/stats/test-only/unguarded")
    public static class UnguardedResource {
        @GET
        public String figures() {
            return "secret figures";
        }
    }

    private static final List<String> READS = List.of(
            "/stats/test-only/unguarded",
            "/stats/provinces/IR-25?year=1404",
            "/stats/provinces/IR-25/breakdown?by=sector&year=1404",
            "/stats/national?year=1404",
            "/stats/rankings?indicator=stocks.estates&year=1404",
            "/stats/indicators",
            "/stats/provinces/IR-25/stream",
            "/stats/national/stream",
            "/dashboard",
            "/dashboard/provinces/IR-25?year=1404",
            "/dashboard/provinces/IR-25/sector.csv?year=1404",
            "/dashboard/national.json?year=1404");

    @Test
    void anEndpointThatDoesNothingAboutAccessStillRefusesAnonymousReaders() {
        given().when().get("/stats/test-only/unguarded").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(Tokens.of("clerk", "IR-25", "units-officer"))
                .when().get("/stats/test-only/unguarded").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("analyst", null, "stats-reader"))
                .when().get("/stats/test-only/unguarded").then().statusCode(200)
                .body(equalTo("secret figures"));
    }

    @Test
    void everyReadNeedsAStatsReaderToken() {
        for (String read : READS) {
            given().when().get(read).then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(Tokens.of("clerk", "IR-25", "units-officer"))
                    .when().get(read).then().statusCode(403).contentType("application/problem+json");
        }
        for (String read : READS) {
            if (!read.endsWith("/stream")) {
                given().auth().oauth2(Tokens.of("analyst", null, "stats-reader"))
                        .when().get(read).then().statusCode(200);
                given().auth().oauth2(Tokens.of("admin", null, "stats-admin"))
                        .when().get(read).then().statusCode(200);
            }
        }
        given().auth().oauth2(Tokens.signedByStranger("analyst", "stats-reader"))
                .when().get("/stats/national?year=1404").then().statusCode(401);
    }

    @Test
    void rebuildStillNeedsStatsAdminAndOperationsEndpointsStayPublic() {
        given().auth().oauth2(Tokens.of("analyst", null, "stats-reader"))
                .when().get("/stats/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin", null, "stats-admin"))
                .when().get("/stats/admin/rebuild").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
