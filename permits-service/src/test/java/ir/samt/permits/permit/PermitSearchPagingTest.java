package ir.samt.permits.permit;

import static io.restassured.RestAssured.given;
import static ir.samt.permits.permit.PermitRequests.QOM_OFFICER;
import static ir.samt.permits.permit.PermitRequests.READER;
import static ir.samt.permits.permit.PermitRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Licences are paged by cursor (issue 23): every page carries the next one's cursor, a walk visits every
 * match once, and totals are counted only when asked for.
 */
@QuarkusTest
class PermitSearchPagingTest {

    /** Jalali year 1361: no other test issues or imports licences of it. */
    private static final int YEAR = 1361;

    @Test
    void aCursorWalkVisitsEveryMatchOnceInSortOrderAndTotalsComeOnlyWhenAsked() {
        StringBuilder file = new StringBuilder("externalRef,kind,guildTerm,holderName,nationalId,province,county,"
                + "activityCode,fixedInvestmentRials,jobs,issuedOn\n");
        String m = "p" + System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            file.append(m).append('-').append(i).append(",GUILD,PERMANENT,نانوایی,0076229645,IR-25,قم,1541,0,").append(i)
                    .append(',').append(YEAR).append("/0").append(i).append("/10\n");
        }
        given().auth().oauth2(QOM_OFFICER).contentType("text/csv; charset=UTF-8")
                .body(file.toString().getBytes(StandardCharsets.UTF_8)).when().post("/permits/import").then()
                .statusCode(200).body("imported", equalTo(5));

        List<Integer> jobs = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(READER).queryParam("year", YEAR).queryParam("sort", "-jobs").queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/permits").then().statusCode(200).extract();
            assertThat(page.<Map<String, Object>>path("")).doesNotContainKeys("totalItems", "totalPages",
                    "totalFixedInvestment", "totalJobs");
            jobs.addAll(page.<List<Integer>>path("items.jobs"));
            cursor = page.path("next");
            pages++;
        } while (cursor != null);
        assertThat(jobs).containsExactly(5, 4, 3, 2, 1);
        assertThat(pages).isEqualTo(3);

        as(READER).queryParam("year", YEAR).queryParam("totals", "exact").queryParam("size", 2).when().get("/permits")
                .then().statusCode(200).body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("totalJobs", equalTo(15)).body("totalFixedInvestment.rials", equalTo("0"));
    }

    @Test
    void aCursorOfAnotherSortOrOneWithAPageOrForgedIsA400NamingIt() {
        PermitRequests.issue(PermitRequests.operatingLicence());
        String next = as(READER).queryParam("size", 1).queryParam("sort", "jobs").when().get("/permits").then()
                .statusCode(200).extract().path("next");
        as(READER).queryParam("sort", "issuedOn").queryParam("cursor", next).when().get("/permits").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        as(READER).queryParam("sort", "jobs").queryParam("cursor", next).queryParam("page", 2).when().get("/permits")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        as(READER).queryParam("cursor", "bm90IGEgY3Vyc29y").when().get("/permits").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(READER).queryParam("totals", "some").when().get("/permits").then().statusCode(400);
    }
}
