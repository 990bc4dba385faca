package ir.samt.units.unit;

import static ir.samt.units.unit.UnitRequests.QOM_OFFICER;
import static ir.samt.units.unit.UnitRequests.READER;
import static ir.samt.units.unit.UnitRequests.as;
import static ir.samt.units.unit.UnitRequests.guildUnit;
import static ir.samt.units.unit.UnitRequests.industrialUnit;
import static ir.samt.units.unit.UnitRequests.register;
import static ir.samt.units.unit.UnitRequests.stagnation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UnitSearchTest {

    /** A marker of Latin letters, unique to one test, that survives searchKey unchanged (lower case). */
    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static List<String> namesFound(String query) {
        return as(READER).queryParam("name", query).queryParam("sort", "name").when().get("/units")
                .then().statusCode(200).extract().path("items.name");
    }

    @Test
    void arabicYehAndKafFindPersianNamesAndTheOtherWayRound() {
        String m = marker();
        String id = register(guildUnit("کفش‌دوزی یاس " + m));
        List<String> found = namesFound("كفش دوزي ياس " + m);
        org.assertj.core.api.Assertions.assertThat(found).containsExactly("کفش‌دوزی یاس " + m);
        String arabic = register(guildUnit("نانوايي كوثر " + m));
        org.assertj.core.api.Assertions.assertThat(namesFound("نانوایی کوثر " + m)).containsExactly("نانوایی کوثر " + m);
        org.assertj.core.api.Assertions.assertThat(id).isNotEqualTo(arabic);
    }

    @Test
    void persianAndArabicIndicDigitsFindAsciiDigitsAndViceVersa() {
        String m = marker();
        register(guildUnit("سوپرمارکت ۱۲ فروردین " + m));
        register(guildUnit("تعمیرگاه 45 " + m));
        org.assertj.core.api.Assertions.assertThat(namesFound("12 فروردین " + m)).containsExactly("سوپرمارکت ۱۲ فروردین " + m);
        org.assertj.core.api.Assertions.assertThat(namesFound("تعمیرگاه ٤٥ " + m)).containsExactly("تعمیرگاه 45 " + m);
    }

    @Test
    void aMissingOrExtraZwnjOrSpaceStillMatches() {
        String m = marker();
        register(guildUnit("شهرک‌ها و صنایع " + m));
        org.assertj.core.api.Assertions.assertThat(namesFound("شهرکها")).contains("شهرک‌ها و صنایع " + m);
        org.assertj.core.api.Assertions.assertThat(namesFound("شهرک ها و صنایع " + m)).containsExactly("شهرک‌ها و صنایع " + m);
        org.assertj.core.api.Assertions.assertThat(namesFound("صنایع" + m)).containsExactly("شهرک‌ها و صنایع " + m);
    }

    @Test
    void nameSearchIsASubstringMatchAndLikeWildcardsAreLiteral() {
        String m = marker();
        register(guildUnit("الف " + m + " ب"));
        org.assertj.core.api.Assertions.assertThat(namesFound(m.substring(2, 9))).containsExactly("الف " + m + " ب");
        org.assertj.core.api.Assertions.assertThat(namesFound(m + "%")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(namesFound("_" + m.substring(1))).isEmpty();
    }

    @Test
    void filtersCombineAndTotalsCoverEveryMatch() {
        String m = marker();
        String stagnant = register(guildUnit("الف " + m));
        register(guildUnit("ب " + m));
        register(industrialUnit("ج " + m));
        as(QOM_OFFICER).body(stagnation("2025-01-15", "RAW_MATERIALS", "CURRENCY")).when()
                .post("/units/" + stagnant + "/stagnation").then().statusCode(200);

        as(READER).queryParam("totals", "exact").queryParam("name", m).queryParam("status", "STAGNANT").when().get("/units")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(stagnant));
        as(READER).queryParam("name", m).queryParam("reason", "CURRENCY").when().get("/units")
                .then().body("items.id", equalTo(List.of(stagnant)));
        as(READER).queryParam("totals", "exact").queryParam("name", m).queryParam("reason", "MARKET").when().get("/units").then().body("totalItems", equalTo(0));
        as(READER).queryParam("name", m).queryParam("kind", "INDUSTRIAL").queryParam("estateCode", "ir-25-t05")
                .when().get("/units").then().body("items.name", equalTo(List.of("ج " + m)));
        as(READER).queryParam("totals", "exact").queryParam("name", m).queryParam("sector", "19").queryParam("province", "IR-25")
                .queryParam("guildGroup", "PRODUCTION_TECHNICAL").when().get("/units")
                .then().body("totalItems", equalTo(2)).body("totalEmployees", equalTo(24));
        as(READER).queryParam("totals", "exact").queryParam("name", m).queryParam("province", "IR-23").when().get("/units").then().body("totalItems", equalTo(0));
    }

    @Test
    void pagesAreStableAndCounted() {
        String m = marker();
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> body = guildUnit("واحد " + i + " " + m);
            body.put("employees", i);
            register(body);
        }
        as(READER).queryParam("totals", "exact").queryParam("name", m).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-employees")
                .when().get("/units").then().statusCode(200)
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3)).body("items", hasSize(2))
                .body("items.employees", equalTo(List.of(3, 2)));
        as(READER).queryParam("name", m).queryParam("size", 2).queryParam("page", 2).queryParam("sort", "-employees")
                .when().get("/units").then().body("items.employees", equalTo(List.of(1)));
    }

    @Test
    void followingNextVisitsEveryMatchOnceInSortOrderThroughTies() {
        String m = marker();
        int[] employees = { 3, 3, 3, 2, 5, 2, 1 };
        for (int i = 0; i < employees.length; i++) {
            Map<String, Object> body = guildUnit("واحد " + i + " " + m);
            body.put("employees", employees[i]);
            register(body);
        }
        for (String sort : List.of("-employees", "employees", "name", "-registeredOn")) {
            List<String> walked = new java.util.ArrayList<>();
            List<Integer> staffWalked = new java.util.ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = as(READER).queryParam("name", m).queryParam("size", 2).queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.when().get("/units").then().statusCode(200).extract();
                walked.addAll(page.path("items.id"));
                staffWalked.addAll(page.path("items.employees"));
                cursor = page.path("next");
                pages++;
            } while (cursor != null && pages < 10);
            org.assertj.core.api.Assertions.assertThat(walked).as(sort).hasSize(7).doesNotHaveDuplicates();
            if (sort.equals("-employees")) {
                org.assertj.core.api.Assertions.assertThat(staffWalked).containsExactly(5, 3, 3, 3, 2, 2, 1);
            }
            if (sort.equals("employees")) {
                org.assertj.core.api.Assertions.assertThat(staffWalked).containsExactly(1, 2, 2, 3, 3, 3, 5);
            }
            // 7 items in pages of 2: the fourth page holds one and has no next
            org.assertj.core.api.Assertions.assertThat(pages).as(sort).isEqualTo(4);
        }
    }

    @Test
    void aCursorIsRefusedWithAnotherSortWithAPageOrWhenItIsNotOne() {
        String m = marker();
        register(guildUnit("واحد الف " + m));
        register(guildUnit("واحد ب " + m));
        String next = as(READER).queryParam("name", m).queryParam("size", 1).queryParam("sort", "name")
                .when().get("/units").then().statusCode(200).extract().path("next");
        org.assertj.core.api.Assertions.assertThat(next).isNotBlank();
        as(READER).queryParam("name", m).queryParam("size", 1).queryParam("sort", "-name").queryParam("cursor", next)
                .when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        as(READER).queryParam("name", m).queryParam("size", 1).queryParam("sort", "name").queryParam("cursor", next)
                .queryParam("page", 1).when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("page"));
        for (String bad : List.of("x", "%%%", "djEfbmFtZR9hc2MfYR9ub3QtYS11dWlk", "djEfZW1wbG95ZWVzH2FzYx9hH2I",
                "djEfbmFtZR9hc2MfYQBiHzAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA", "djEfcmVnaXN0ZXJlZE9uH2Rlc2MfKzk5OTk5OTk5OS0xMi0zMR8wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA")) {
            as(READER).queryParam("cursor", bad).when().get("/units").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
        // a forged cursor of the sort it names: a NUL in a name, which PostgreSQL refuses in text
        as(READER).queryParam("sort", "name").queryParam("cursor", "djEfbmFtZR9hc2MfYQBiHzAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA")
                .when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        as(READER).queryParam("totals", "some").when().get("/units").then().statusCode(400);
    }

    @Test
    void totalsComeOnlyWhenAskedForAndCountEveryMatchNotThePage() {
        String m = marker();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> body = guildUnit("واحد " + i + " " + m);
            body.put("employees", 10 * i);
            register(body);
        }
        var plain = as(READER).queryParam("name", m).queryParam("size", 2).when().get("/units").then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(plain.getMap("")).doesNotContainKeys("totalItems", "totalPages", "totalEmployees");
        as(READER).queryParam("name", m).queryParam("size", 2).queryParam("totals", "exact").when().get("/units").then()
                .statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("totalEmployees", equalTo(60));
    }

    @Test
    void badSearchParametersAreNamed() {
        as(READER).queryParam("size", 0).when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(READER).queryParam("size", 201).when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(READER).queryParam("page", -1).when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("page"));
        as(READER).queryParam("province", "IR-99").when().get("/units").then().statusCode(400)
                .body("errors[0].field", equalTo("province"));
        as(READER).queryParam("sector", "1a").when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("sector"));
        as(READER).queryParam("sort", "holder").when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        as(READER).queryParam("name", "\u200c ").when().get("/units").then().statusCode(400).body("errors[0].field", equalTo("name"));
        as(READER).queryParam("status", "DORMANT").when().get("/units").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
