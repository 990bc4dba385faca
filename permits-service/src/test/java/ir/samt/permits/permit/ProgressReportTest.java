package ir.samt.permits.permit;

import static ir.samt.permits.permit.PermitRequests.QOM_OFFICER;
import static ir.samt.permits.permit.PermitRequests.READER;
import static ir.samt.permits.permit.PermitRequests.TEHRAN_OFFICER;
import static ir.samt.permits.permit.PermitRequests.as;
import static ir.samt.permits.permit.PermitRequests.establishmentLicence;
import static ir.samt.permits.permit.PermitRequests.issue;
import static ir.samt.permits.permit.PermitRequests.operatingLicence;
import static ir.samt.permits.permit.PermitRequests.reportProgress;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ir.samt.platform.calendar.Jalali;

/**
 * Physical progress of establishment projects: expert reports, the rules they obey, renewal's need of a
 * report in the current term, and the operating licence that follows from a project at 100 %. The licence
 * of {@link PermitRequests#establishmentLicence()} runs 2025-05-10 to 2026-05-10.
 */
@QuarkusTest
class ProgressReportTest {

    @Test
    void aReportRecordsPercentVisitDateAndExpertOnTheLicenceItsHistoryAndItsReports() {
        String id = issue(establishmentLicence());
        report(id, 35, "2025-07-01", null).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/permits/" + id + "/progress"))
                .body("percent", equalTo(35)).body("previousPercent", nullValue())
                .body("visitDateJalali", equalTo("1404/04/10")).body("expert", equalTo("کارشناس نظارت")).body("version", equalTo(2));
        report(id, 70, "2025-09-01", null).statusCode(201).body("previousPercent", equalTo(35));
        as(READER).when().get("/permits/" + id).then()
                .body("progressPercent", equalTo(70)).body("progressVisitDate", equalTo("2025-09-01")).body("version", equalTo(3));
        as(READER).when().get("/permits/" + id + "/progress").then().statusCode(200)
                .body("percent", equalTo(List.of(35, 70)));
        as(READER).when().get("/permits/" + id + "/history").then()
                .body("change", equalTo(List.of("ISSUED", "PROGRESS", "PROGRESS")));
    }

    @Test
    void progressGoingDownWithoutAReasonIsRefusedNamingTheReasonAndWithOneIsRecorded() {
        String id = issue(establishmentLicence());
        report(id, 70, "2025-07-01", null).statusCode(201);
        report(id, 50, "2025-08-01", null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        report(id, 50, "2025-08-01", "  ").statusCode(400).body("errors[0].field", equalTo("reason"));
        as(READER).when().get("/permits/" + id).then().body("progressPercent", equalTo(70)).body("version", equalTo(2));
        report(id, 50, "2025-08-01", "تخریب بخشی از سوله در سیل").statusCode(201).body("reason", equalTo("تخریب بخشی از سوله در سیل"));
        as(READER).when().get("/permits/" + id + "/history").then().body("[2].reason", equalTo("تخریب بخشی از سوله در سیل"));
        // the same percent again is no decrease
        report(id, 50, "2025-09-01", null).statusCode(201);
    }

    @Test
    void visitDatesInTheFutureBeforeTheIssueOrBeforeTheLatestReportAreRefusedNamingTheField() {
        String id = issue(establishmentLicence());
        String tomorrow = LocalDate.now(Jalali.TEHRAN).plusDays(1).toString();
        report(id, 10, tomorrow, null).statusCode(400).body("errors[0].field", equalTo("visitDate"));
        report(id, 10, "2025-05-09", null).statusCode(400).body("errors[0].field", equalTo("visitDate"));
        report(id, 40, "2025-08-01", null).statusCode(201);
        report(id, 45, "2025-07-31", null).statusCode(400).body("errors[0].field", equalTo("visitDate"));
        as(READER).when().get("/permits/" + id + "/progress").then().body("size()", equalTo(1));
    }

    @Test
    void percentsOutside0To100AndMissingFieldsAreRefusedNamingTheField() {
        String id = issue(establishmentLicence());
        report(id, 101, "2025-07-01", null).statusCode(400).body("errors[0].field", equalTo("percent"));
        report(id, -1, "2025-07-01", null).statusCode(400).body("errors[0].field", equalTo("percent"));
        as(QOM_OFFICER).body(Map.of("percent", 10, "visitDate", "2025-07-01")).when().post("/permits/" + id + "/progress")
                .then().statusCode(400).body("errors[0].field", equalTo("expert"));
    }

    @Test
    void aJalaliVisitDateIsAcceptedAsTheOtherDatesOfTheApi() {
        String id = issue(establishmentLicence());
        report(id, 20, "1404/04/10", null).statusCode(201).body("visitDate", equalTo("2025-07-01"));
    }

    @Test
    void reportsOnRevokedOrOperatingLicencesOrVisitsAfterTheLicenceEndedAreConflicts() {
        String revoked = issue(establishmentLicence());
        as(QOM_OFFICER).body(Map.of("reason", "ابطال")).when().post("/permits/" + revoked + "/revocation").then().statusCode(200);
        report(revoked, 30, "2025-07-01", null).statusCode(409).contentType("application/problem+json");

        report(issue(operatingLicence()), 30, "2025-07-01", null).statusCode(409);

        String lapsed = issue(establishmentLicence()); // its last valid day was 2026-05-10
        report(lapsed, 30, "2026-05-11", null).statusCode(409)
                .body("type", equalTo("https://samt.ir/problems/illegal-transition"));
        // a visit made while it was in force may still be recorded
        report(lapsed, 30, "2026-05-10", null).statusCode(201);
    }

    @Test
    void anOfficerOfAnotherProvinceMayNotReportAndNothingIsRecorded() {
        String id = issue(establishmentLicence());
        as(TEHRAN_OFFICER).body(body(30, "2025-07-01", null)).when().post("/permits/" + id + "/progress")
                .then().statusCode(403).contentType("application/problem+json");
        as(READER).body(body(30, "2025-07-01", null)).when().post("/permits/" + id + "/progress").then().statusCode(403);
        as(READER).when().get("/permits/" + id + "/progress").then().body("size()", equalTo(0));
    }

    @Test
    void aRetriedReportWithTheSameIdempotencyKeyIsRecordedOnce() {
        String id = issue(establishmentLicence());
        String key = UUID.randomUUID().toString();
        as(QOM_OFFICER).header("Idempotency-Key", key).body(body(30, "2025-07-01", null))
                .when().post("/permits/" + id + "/progress").then().statusCode(201);
        as(QOM_OFFICER).header("Idempotency-Key", key).body(body(30, "2025-07-01", null))
                .when().post("/permits/" + id + "/progress").then().statusCode(201).header("Idempotent-Replayed", "true");
        as(READER).when().get("/permits/" + id + "/progress").then().body("size()", equalTo(1));
    }

    @Test
    void renewalNeedsAProgressReportDatedInTheCurrentTerm() {
        String id = issue(establishmentLicence());
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").then().statusCode(409)
                .body("type", equalTo("https://samt.ir/problems/progress-report-required"));
        reportProgress(id, 30, "2025-12-01");
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").then().statusCode(200).body("renewals", equalTo(1));
        // the renewed term starts today (the licence had lapsed): the report of 2025-12-01 is of the previous term
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").then().statusCode(409)
                .body("type", equalTo("https://samt.ir/problems/progress-report-required"));
        as(READER).when().get("/permits/" + id).then().body("renewals", equalTo(1));
    }

    @Test
    void anOperatingLicenceFollowsFromTheSameHoldersProjectAt100PercentAndMarksItCompleted() {
        String establishment = issue(establishmentLicence());
        reportProgress(establishment, 60, "2025-08-01");
        Map<String, Object> operating = operatingFrom(establishment);
        as(QOM_OFFICER).body(operating).when().post("/permits").then().statusCode(409)
                .body("type", equalTo("https://samt.ir/problems/project-not-complete"));

        reportProgress(establishment, 100, "2025-11-01");
        String id = as(QOM_OFFICER).body(operating).when().post("/permits").then().statusCode(201)
                .body("establishmentPermitId", equalTo(establishment)).extract().path("id");
        as(READER).when().get("/permits/" + establishment).then()
                .body("completedByPermitId", equalTo(id)).body("status", equalTo("ACTIVE")).body("progressPercent", equalTo(100));
        as(READER).when().get("/permits/" + establishment + "/history").then()
                .body("change", equalTo(List.of("ISSUED", "PROGRESS", "PROGRESS", "COMPLETED")));

        // one operating licence per project; a completed project takes no more reports
        as(QOM_OFFICER).body(operating).when().post("/permits").then().statusCode(409);
        report(establishment, 100, "2025-11-02", null).statusCode(409);
    }

    @Test
    void anOperatingLicenceCannotFollowFromAnotherHoldersProjectOrFromAnythingButAnEstablishmentLicence() {
        String establishment = issue(establishmentLicence());
        reportProgress(establishment, 100, "2025-11-01");
        Map<String, Object> otherHolder = operatingFrom(establishment);
        otherHolder.put("holder", Map.of("name", "شرکت دیگر", "nationalId", "0076229645"));
        as(QOM_OFFICER).body(otherHolder).when().post("/permits").then().statusCode(409)
                .body("type", equalTo("https://samt.ir/problems/another-holder"));

        as(QOM_OFFICER).body(operatingFrom(issue(operatingLicence()))).when().post("/permits").then().statusCode(400)
                .body("errors[0].field", equalTo("establishmentPermitId"));
        as(QOM_OFFICER).body(operatingFrom(UUID.randomUUID().toString())).when().post("/permits").then().statusCode(400)
                .body("errors[0].field", equalTo("establishmentPermitId"));
        Map<String, Object> notOperating = operatingFrom(establishment);
        notOperating.put("kind", "ESTABLISHMENT");
        as(QOM_OFFICER).body(notOperating).when().post("/permits").then().statusCode(400)
                .body("errors[0].field", equalTo("establishmentPermitId"));
        as(READER).when().get("/permits/" + establishment).then().body("completedByPermitId", nullValue()).body("version", equalTo(2));
    }

    private static Map<String, Object> operatingFrom(String establishmentId) {
        Map<String, Object> body = operatingLicence();
        body.put("issuedOn", "2025-11-15");
        body.put("establishmentPermitId", establishmentId);
        return body;
    }

    private static Map<String, Object> body(int percent, String visitDate, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("percent", percent);
        body.put("visitDate", visitDate);
        body.put("expert", "کارشناس نظارت");
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static ValidatableResponse report(String id, int percent, String visitDate, String reason) {
        return as(QOM_OFFICER).body(body(percent, visitDate, reason)).when().post("/permits/" + id + "/progress").then();
    }
}
