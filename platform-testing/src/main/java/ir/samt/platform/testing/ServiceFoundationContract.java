package ir.samt.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import ir.samt.platform.security.Roles;

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

    /**
     * Issue 24: every documented operation, read from the service's OpenAPI document, refuses a query
     * parameter it does not declare, one it declares given twice, and (JSON answers) one left empty — a 400
     * problem naming the parameter, before any other check of the request. Sent with a token holding every
     * role nationally, so that no 401 or 403 answers first.
     */
    @Test
    void everyOperationRefusesAnUndeclaredRepeatedOrEmptyQueryParameterNamingIt() throws Exception {
        String token = Tokens.of("strict-query", "IR", Roles.PERMITS_OFFICER, Roles.PERMITS_READER, Roles.UNITS_OFFICER,
                Roles.UNITS_READER, Roles.STATS_READER, Roles.STATS_ADMIN, Roles.INSPECTIONS_OFFICER, Roles.INSPECTIONS_READER);
        var openapi = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asByteArray());
        java.util.List<String> failures = new java.util.ArrayList<>();
        int checked = 0;
        for (var path = openapi.path("paths").fields(); path.hasNext();) {
            var entry = path.next();
            String target = entry.getKey().replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
            for (var operation = entry.getValue().fields(); operation.hasNext();) {
                var op = operation.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!java.util.Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                var body = op.getValue().path("requestBody").path("content").fieldNames();
                String contentType = body.hasNext() ? body.next() : null;
                java.util.List<String> declared = new java.util.ArrayList<>();
                op.getValue().path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        declared.add(p.path("name").asText());
                    }
                });
                boolean json = op.getValue().path("responses").toString().contains("application/json");
                java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
                cases.put("unexpectedParameter=1", "unexpectedParameter");
                if (!declared.isEmpty()) {
                    String name = declared.get(0);
                    cases.put(name + "=1&" + name + "=2", name);
                    if (json) {
                        cases.put(name + "=", name);
                    }
                }
                for (var c : cases.entrySet()) {
                    var request = given().auth().oauth2(token).urlEncodingEnabled(false);
                    if (contentType != null) {
                        request.contentType(contentType.startsWith("text/") ? contentType + "; charset=UTF-8" : contentType)
                                .body(contentType.contains("json") ? "{}" : "");
                    } else if (!method.equals("GET")) {
                        // a command without a body (a renewal) is still sent as JSON by clients: the resource consumes it
                        request.contentType(ContentType.JSON);
                    }
                    var answer = request.when().request(method, target + "?" + c.getKey()).then().extract();
                    checked++;
                    String field = answer.statusCode() == 400 ? answer.jsonPath().getString("errors[0].field") : null;
                    if (answer.statusCode() != 400 || !c.getValue().equals(field)) {
                        failures.add(method + " " + entry.getKey() + "?" + c.getKey() + " answered " + answer.statusCode()
                                + " naming " + field);
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(checked).as("requests checked").isPositive();
        org.assertj.core.api.Assertions.assertThat(failures).as("query parameters not refused").isEmpty();
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
