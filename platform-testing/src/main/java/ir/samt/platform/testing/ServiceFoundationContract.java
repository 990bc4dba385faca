package ir.samt.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * What every SAMT service proves about its foundation, inherited by one test class per service:
 * it boots against the real PostgreSQL and Kafka, readiness tells the truth about both, and even
 * the framework's own errors are RFC 9457 problem details.
 */
public abstract class ServiceFoundationContract {

    @Test
    void readinessReportsDatabaseAndKafkaUp() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka"))));
    }

    @Test
    void readinessReportsDownWhileTheBrokerIsUnreachableAndRecovers() {
        var broker = KafkaBrokerResource.broker();
        broker.stop();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> given()
                    .when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN")));
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            broker.start();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .when().get("/q/health/ready")
                .then().statusCode(200));
    }

    @Test
    void unknownPathIsAProblemDetail() {
        given().accept(ContentType.JSON)
                .when().get("/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
