package ir.samt.permits.permit;

import static ir.samt.permits.permit.PermitRequests.QOM_OFFICER;
import static ir.samt.permits.permit.PermitRequests.READER;
import static ir.samt.permits.permit.PermitRequests.as;
import static ir.samt.permits.permit.PermitRequests.establishmentLicence;
import static ir.samt.permits.permit.PermitRequests.issue;
import static ir.samt.permits.permit.PermitRequests.operatingLicence;
import static ir.samt.permits.permit.PermitRequests.reportProgress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.testing.Concurrently;

@QuarkusTest
class PermitLifecycleTest {

    @Inject
    ExpiryJob expiryJob;

    @Test
    void renewingExtendsAnEstablishmentLicenceAtMostTwice() {
        String id = issue(establishmentLicence());
        reportProgress(id, 20, "2026-05-01");
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").then().statusCode(200).body("renewals", equalTo(1));
        // the renewal started a new term today: the next renewal needs a report dated in it
        reportProgress(id, 40, java.time.LocalDate.now(ir.samt.platform.calendar.Jalali.TEHRAN).toString());
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").then().statusCode(200).body("renewals", equalTo(2));
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://samt.ir/problems/illegal-transition"));
    }

    @Test
    void renewingARevokedLicenceIsAConflict() {
        String id = issue(establishmentLicence());
        as(QOM_OFFICER).body(Map.of("reason", "ابطال")).when().post("/permits/" + id + "/revocation").then().statusCode(200);
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").then().statusCode(409);
    }

    @Test
    void revokingTwiceIsAConflict() {
        String id = issue(operatingLicence());
        as(QOM_OFFICER).body(Map.of("reason", "ابطال")).when().post("/permits/" + id + "/revocation")
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revocationReason", equalTo("ابطال"));
        as(QOM_OFFICER).body(Map.of("reason", "دوباره")).when().post("/permits/" + id + "/revocation")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void revocationNeedsAReason() {
        String id = issue(operatingLicence());
        as(QOM_OFFICER).body(Map.of()).when().post("/permits/" + id + "/revocation")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(READER).when().get("/permits/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void operatingAndTemporaryGuildLicencesAreNotRenewed() {
        as(QOM_OFFICER).when().post("/permits/" + issue(operatingLicence()) + "/renewal").then().statusCode(409);
        Map<String, Object> guild = operatingLicence();
        guild.put("kind", "GUILD");
        guild.remove("scope");
        guild.put("guildTerm", "TEMPORARY");
        as(QOM_OFFICER).when().post("/permits/" + issue(guild) + "/renewal").then().statusCode(409);
        guild.put("guildTerm", "PERMANENT");
        String permanent = issue(guild);
        as(READER).when().get("/permits/" + permanent).then().body("validUntil", equalTo("2030-05-10"));
        as(QOM_OFFICER).when().post("/permits/" + permanent + "/renewal").then().statusCode(200)
                .body("validUntil", equalTo("2035-05-10"));
    }

    @Test
    void expiryJobExpiresLapsedLicencesOnceAndVerificationSaysSo() {
        Map<String, Object> body = establishmentLicence();
        body.put("issuedOn", "2024-01-15");
        String id = issue(body);
        String number = as(READER).when().get("/permits/" + id).then().extract().path("licenceNumber");
        assertThat(expiryJob.expireDue()).isGreaterThanOrEqualTo(1);
        as(READER).when().get("/permits/" + id).then().body("status", equalTo("EXPIRED"));
        as(READER).when().get("/permits/" + id + "/history").then().body("change", equalTo(List.of("ISSUED", "EXPIRED")));
        assertThat(expiryJob.expireDue()).isZero();
        io.restassured.RestAssured.given().when().get("/verify/" + number)
                .then().statusCode(200).body("verdict", equalTo("EXPIRED"));
        // an expired licence may still be renewed (with a report of a visit made in its term), which makes it active again
        reportProgress(id, 30, "2024-12-01");
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void concurrentRenewalsOfOneLicenceExactlyOneWins() throws Exception {
        String id = issue(establishmentLicence());
        reportProgress(id, 20, "2026-05-01");
        List<Integer> statuses = Concurrently.run(4, () -> as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").statusCode());
        // one report allows one renewal; with four racing, every loser must be a clean 409
        assertThat(statuses).containsOnly(200, 409);
        int wins = (int) statuses.stream().filter(s -> s == 200).count();
        as(READER).when().get("/permits/" + id).then().body("renewals", equalTo(wins));
        assertThat(wins).isEqualTo(1);
        as(READER).when().get("/permits/" + id + "/history").then().body("size()", equalTo(2 + wins));
    }

    @Test
    void concurrentRevocationsExactlyOneWins() throws Exception {
        String id = issue(operatingLicence());
        List<Integer> statuses = Concurrently.run(4, () -> as(QOM_OFFICER).body(Map.of("reason", "همزمان"))
                .when().post("/permits/" + id + "/revocation").statusCode());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
    }

    @Test
    void concurrentIssuersGetDistinctLicenceNumbers() throws Exception {
        Map<String, Object> body = operatingLicence();
        body.put("province", "IR-21");
        body.remove("estateCode");
        List<String> numbers = Concurrently.run(8, () -> as(PermitRequests.NATIONAL_OFFICER).body(body)
                .when().post("/permits").then().statusCode(201).extract().<String>path("licenceNumber"));
        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.startsWith("21-1404-"));
    }

    @Test
    void retriedIssueWithSameIdempotencyKeyReturnsTheFirstResultAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = operatingLicence();
        String first = as(QOM_OFFICER).header("Idempotency-Key", key).body(body).when().post("/permits")
                .then().statusCode(201).extract().path("id");
        long total = as(READER).queryParam("totals", "exact").queryParam("size", 1).when().get("/permits").then().extract().<Integer>path("totalItems");
        as(QOM_OFFICER).header("Idempotency-Key", key).body(body).when().post("/permits")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        as(READER).queryParam("totals", "exact").queryParam("size", 1).when().get("/permits").then().body("totalItems", equalTo((int) total));
    }

    @Test
    void sameIdempotencyKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        as(QOM_OFFICER).header("Idempotency-Key", key).body(operatingLicence()).when().post("/permits").then().statusCode(201);
        Map<String, Object> other = operatingLicence();
        other.put("jobs", 99);
        as(QOM_OFFICER).header("Idempotency-Key", key).body(other).when().post("/permits")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
