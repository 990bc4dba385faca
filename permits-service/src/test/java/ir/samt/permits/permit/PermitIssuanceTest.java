package ir.samt.permits.permit;

import static ir.samt.permits.permit.PermitRequests.QOM_OFFICER;
import static ir.samt.permits.permit.PermitRequests.READER;
import static ir.samt.permits.permit.PermitRequests.as;
import static ir.samt.permits.permit.PermitRequests.issue;
import static ir.samt.permits.permit.PermitRequests.operatingLicence;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PermitIssuanceTest {

    @Test
    void issuesALicenceWithAReadableNumberJalaliDatesAndExactRials() {
        as(QOM_OFFICER).body(operatingLicence())
                .when().post("/permits")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("licenceNumber", matchesPattern("25-1404-[0-9]{6}"))
                .body("status", equalTo("ACTIVE"))
                .body("issuedOn", equalTo("2025-05-10"))
                .body("issuedOnJalali", equalTo("1404/02/20"))
                .body("validUntil", nullValue())
                .body("fixedInvestment.rials", equalTo("660377358490"))
                .body("fixedInvestment.tomans", equalTo("66037735849"))
                .body("sector.code", equalTo("25"))
                .body("provinceName", equalTo("قم"))
                .body("holder.idKind", equalTo("LEGAL_ENTITY_ID"))
                .body("version", equalTo(1));
    }

    @Test
    void establishmentLicenceRunsOneYear() {
        Map<String, Object> body = PermitRequests.establishmentLicence();
        as(QOM_OFFICER).body(body).when().post("/permits")
                .then().statusCode(201)
                .body("validUntil", equalTo("2026-05-10"))
                .body("validUntilJalali", equalTo("1405/02/20"));
    }

    @Test
    void acceptsPersianDigitsAndArabicLettersAndStoresPersianLetters() {
        Map<String, Object> body = operatingLicence();
        // Arabic yeh (ي) and kaf (ك), Persian digits in the ID and amount, ZWNJ in the product name
        body.put("holder", Map.of("name", "شركت كاشي قم", "nationalId", "۱۰۳۸۰۲۸۴۷۹۰"));
        body.put("fixedInvestmentRials", "۱۲۰۰۰۰۰۰۰۰");
        body.put("jobs", "۱۲");
        body.put("product", "کاشی‌های لعابی");
        String id = issue(body);
        as(READER).when().get("/permits/" + id)
                .then().statusCode(200)
                .body("holder.name", equalTo("شرکت کاشی قم"))
                .body("holder.nationalId", equalTo("10380284790"))
                .body("fixedInvestment.rials", equalTo("1200000000"))
                .body("jobs", equalTo(12))
                .body("product", equalTo("کاشی‌های لعابی"));
    }

    @Test
    void searchFiltersByProvinceKindAndJalaliYearWithTotalsOfAllMatches() {
        Map<String, Object> body = operatingLicence();
        body.put("activityCode", "1920");
        body.put("fixedInvestmentRials", "1000");
        body.put("jobs", 3);
        issue(body);
        issue(body);
        as(READER).queryParam("totals", "exact").queryParam("province", "IR-25").queryParam("sector", "19").queryParam("year", 1404)
                .queryParam("size", 1).queryParam("sort", "-issuedOn")
                .when().get("/permits")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(2))
                .body("items.sector.code", everyItem(equalTo("19")));
        // Qom only: the robustness suite issues sector-19 licences of 1403 in Alborz (IR-30)
        as(READER).queryParam("totals", "exact").queryParam("province", "IR-25").queryParam("sector", "19").queryParam("year", 1403)
                .when().get("/permits")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void historyRecordsEveryChangeWithItsEvent() {
        String id = issue(PermitRequests.establishmentLicence());
        PermitRequests.reportProgress(id, 45, "2025-11-01");
        as(QOM_OFFICER).when().post("/permits/" + id + "/renewal").then().statusCode(200);
        as(QOM_OFFICER).body(Map.of("reason", "تخلف")).when().post("/permits/" + id + "/revocation").then().statusCode(200);
        as(READER).when().get("/permits/" + id + "/history")
                .then().statusCode(200)
                .body("change", equalTo(java.util.List.of("ISSUED", "PROGRESS", "RENEWED", "REVOKED")))
                .body("version", equalTo(java.util.List.of(1, 2, 3, 4)))
                .body("[3].reason", equalTo("تخلف"));
    }
}
