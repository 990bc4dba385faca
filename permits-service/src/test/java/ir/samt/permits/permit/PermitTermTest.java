package ir.samt.permits.permit;

import static ir.samt.permits.permit.PermitRequests.QOM_OFFICER;
import static ir.samt.permits.permit.PermitRequests.as;
import static ir.samt.permits.permit.PermitRequests.establishmentLicence;
import static ir.samt.permits.permit.PermitRequests.operatingLicence;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Terms run in Jalali years, anniversary to anniversary (issue 12): the Gregorian year that was added
 * before ended a day early for a licence issued at Nowruz, and handled leap Esfand case by case.
 */
@QuarkusTest
class PermitTermTest {

    @Test
    void anEstablishmentLicenceIssuedAtNowruzRunsToTheNextNowruz() {
        Map<String, Object> body = establishmentLicence();
        body.put("issuedOn", "1403/01/01"); // 2024-03-20; a Gregorian year would end on 2025-03-20 = 1403/12/30
        as(QOM_OFFICER).body(body).when().post("/permits")
                .then().statusCode(201)
                .body("issuedOn", equalTo("2024-03-20"))
                .body("validUntil", equalTo("2025-03-21"))
                .body("validUntilJalali", equalTo("1404/01/01"));
    }

    @Test
    void aTemporaryGuildLicenceIssuedOnLeapEsfandThirtyEndsOnEsfandTwentyNine() {
        as(QOM_OFFICER).body(guildLicence("TEMPORARY", "1403/12/30")).when().post("/permits")
                .then().statusCode(201).body("validUntilJalali", equalTo("1404/12/29"));
    }

    @Test
    void aPermanentGuildLicenceIssuedOnLeapEsfandThirtyEndsOnEsfandThirtyOfTheNextLeapYear() {
        as(QOM_OFFICER).body(guildLicence("PERMANENT", "1403/12/30")).when().post("/permits")
                .then().statusCode(201).body("validUntilJalali", equalTo("1408/12/30"));
    }

    @Test
    void anOperatingLicenceHasNoEnd() {
        as(QOM_OFFICER).body(operatingLicence()).when().post("/permits")
                .then().statusCode(201).body("validUntil", nullValue());
    }

    private static Map<String, Object> guildLicence(String term, String issuedOn) {
        Map<String, Object> body = operatingLicence();
        body.put("kind", "GUILD");
        body.remove("scope");
        body.put("guildTerm", term);
        body.put("issuedOn", issuedOn);
        return body;
    }
}
