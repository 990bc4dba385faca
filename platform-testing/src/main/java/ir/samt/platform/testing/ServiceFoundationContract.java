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
 * it boots against the real PostgreSQL and Kafka, readiness tells the truth about the database and
 * stays up through a broker outage (the outbox absorbs it), and even
 * the framework's own errors are RFC 9457 problem details.
 */
public abstract class ServiceFoundationContract {

    @Test
    void readinessReportsTheDatabaseUp() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database"))));
    }

    /**
     * A broker outage must not take the pods out of the Service: writes still commit to the outbox and
     * reads are served from the database. (Kafka used to be part of readiness, so an outage made every
     * pod NotReady and every write a 503 — during exactly the outage the outbox exists to absorb.)
     */
    @Test
    void readinessStaysUpWhileTheBrokerIsUnreachable() throws InterruptedException {
        readinessReportsTheDatabaseUp(); // first ready (stats: once its consumers have joined)
        var broker = KafkaBrokerResource.broker();
        broker.stop();
        try {
            // longer than the client's request timeout, so a Kafka-backed check would have turned DOWN
            long until = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            while (System.nanoTime() < until) {
                given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
                given().when().get("/q/health/live").then().statusCode(200);
                Thread.sleep(1_000);
            }
        } finally {
            broker.start();
        }
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
