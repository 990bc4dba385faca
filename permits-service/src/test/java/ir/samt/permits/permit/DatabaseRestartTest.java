package ir.samt.permits.permit;

import static ir.samt.permits.permit.PermitRequests.QOM_OFFICER;
import static ir.samt.permits.permit.PermitRequests.READER;
import static ir.samt.permits.permit.PermitRequests.as;
import static ir.samt.permits.permit.PermitRequests.operatingLicence;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ir.samt.platform.testing.PostgresDatabaseResource;

/**
 * What a client sees while PostgreSQL is unreachable (issue 12): the service reaches the real server
 * through a proxy the test cuts, as a restart or failover would. Writes answer 503 with Retry-After and
 * a problem body — never the generic 500 — and succeed again once the database is back, with no help.
 */
@QuarkusTest
class DatabaseRestartTest {

    @AfterEach
    void databaseBack() throws Exception {
        PostgresDatabaseResource.proxy().restore();
    }

    @Test
    void writesWhileTheDatabaseIsUnreachableAre503WithRetryAfterAndSucceedOnceItIsBack() throws Exception {
        PostgresDatabaseResource.proxy().cut();

        Response during = as(QOM_OFFICER).body(operatingLicence()).when().post("/permits");
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.header("Retry-After")).isNotBlank();
        assertThat(during.contentType()).startsWith("application/problem+json");
        assertThat(during.jsonPath().getString("title")).isEqualTo("Database unavailable");
        as(READER).when().get("/permits").then().statusCode(503);

        PostgresDatabaseResource.proxy().restore();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            int status = as(QOM_OFFICER).body(operatingLicence()).when().post("/permits").then().extract().statusCode();
            assertThat(status).as("after the database is back").isIn(201, 503).isEqualTo(201);
        });
    }
}
