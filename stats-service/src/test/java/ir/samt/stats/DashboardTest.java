package ir.samt.stats;

import static io.restassured.RestAssured.given;
import static ir.samt.stats.ContractEvents.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.persian.PersianText;

/**
 * The public dashboard as HTML, CSV and JSON, in-process: every figure it shows is the read API's
 * figure, in Persian digits right to left (or English on request), the downloads are the tables, and
 * a wrong parameter is a 4xx naming it. The real-browser checks are scenario's DashboardInTheBrowserIT.
 */
@QuarkusTest
class DashboardTest {

    /**
     * 1461 and 1460 hold this test's licences, for IR-27 (Golestan): a province no other test of this JVM uses, and
     * years after every other test's, so neither its flows nor the stocks it adds (a stock counts every earlier
     * delta, and a province with any stock has data in rankings) reach another test's figures.
     */
    private static final LocalDate IN_1461 = new ir.samt.platform.calendar.JalaliDate(1461, 3, 11).toLocalDate();
    private static final LocalDate IN_1460 = new ir.samt.platform.calendar.JalaliDate(1460, 3, 11).toLocalDate();
    private static final String PROVINCE = "IR-27";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean loaded;

    // not a static @BeforeAll: the application (and REST Assured's port) is up only once a test instance runs
    @BeforeEach
    void golestanHasLicencesIn1460And1461() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<ContractEvents.Event> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(issued(PROVINCE, "OPERATING", "NEW", "150000000000", 10, IN_1461));
        }
        events.add(issued(PROVINCE, "OPERATING", "EXPANSION", "1234567890123", 7, IN_1461));
        events.add(issued(PROVINCE, "ESTABLISHMENT", "NEW", "990000000000", 20, IN_1461));
        events.add(issued(PROVINCE, "OPERATING", "NEW", "100000000000", 5, IN_1460));
        ContractEvents.send(events);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/stats/provinces/" + PROVINCE + "?year=1461").then().statusCode(200)
                .body("licences.issued.count", equalTo(5)));
    }

    @Test
    void provincePageShowsTheApisFiguresInPersianDigitsRightToLeftWithThePreviousYearBeside() throws Exception {
        JsonNode api = JSON.readTree(given().when().get("/stats/provinces/" + PROVINCE + "?year=1461").asString());
        Document page = page("/dashboard/provinces/" + PROVINCE + "?year=1461");

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        List<Element> figures = page.select("#cards [data-figure]");
        assertThat(figures).hasSizeGreaterThanOrEqualTo(15);
        for (Element figure : figures) {
            BigInteger expected = value(api.at(figure.attr("data-figure")));
            assertThat(new BigInteger(figure.attr("data-value"))).as(figure.attr("data-figure")).isEqualTo(expected);
            assertThat(figure.text()).as("Persian digits only").doesNotContainPattern("[0-9]");
        }
        Element operating = page.selectFirst("#card-operating [data-figure$=OPERATING.count]");
        assertThat(operating.text()).isEqualTo("۴");
        Element investment = page.selectFirst("#card-operating [data-figure$=OPERATING.fixedInvestmentRials]");
        // 3 × 150,000,000,000 + 1,234,567,890,123 rials = 168.4567890123 bn tomans, shown to one decimal
        assertThat(investment.text()).isEqualTo("۱۶۸٫۵ میلیارد تومان");
        assertThat(investment.attr("title")).isEqualTo("۱۶۸٬۴۵۶٬۷۸۹٬۰۱۲٫۳ تومان");
        Element previous = page.selectFirst("#card-operating p.previous");
        assertThat(previous.attr("data-previous")).isEqualTo("1");
        assertThat(previous.hasClass("change-up")).isTrue();
        assertThat(page.selectFirst("#card-operating [data-figure$=byScope/EXPANSION/count]").text()).isEqualTo("۱");
    }

    @Test
    void everyBreakdownTableEqualsTheBreakdownApiAndItsCsvAndJsonDownloadsEqualTheTable() throws Exception {
        Document page = page("/dashboard/provinces/" + PROVINCE + "?year=1461");
        for (String by : List.of("sector", "estate", "county", "month")) {
            Element table = page.getElementById("table-" + by);
            assertThat(table).as(by).isNotNull();
            JsonNode api = JSON.readTree(given().when()
                    .get("/stats/provinces/" + PROVINCE + "/breakdown?by=" + by + "&year=1461").asString());
            List<List<String>> html = htmlRows(table);
            assertThat(html).as(by).hasSize(api.get("rows").size());
            List<String> columns = table.select("thead th").eachText();
            for (int r = 0; r < html.size(); r++) {
                JsonNode row = api.get("rows").get(r);
                Element tr = table.select("tbody tr").get(r);
                assertThat(tr.attr("data-key")).isEqualTo(row.get("key").asText());
                List<String> keys = List.of("licences.issued.OPERATING.count", "licences.issued.OPERATING.fixedInvestmentRials",
                        "licences.issued.OPERATING.jobs");
                for (int c = 0; c < keys.size(); c++) {
                    assertThat(html.get(r).get(c)).isEqualTo(value(row.at("/indicators/" + keys.get(c).replace("/", "~1"))).toString());
                }
            }

            String csv = given().when().get("/dashboard/provinces/" + PROVINCE + "/" + by + ".csv?year=1461")
                    .then().statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", containsString(".csv")).extract().asString();
            assertThat(csv).startsWith("\uFEFF");
            List<List<String>> rows = csv(csv.substring(1));
            assertThat(rows.get(0)).hasSize(columns.size() + 5);
            assertThat(rows.get(0).get(1)).isEqualTo(columns.get(0));
            for (int r = 0; r < html.size(); r++) {
                List<String> csvRow = rows.get(r + 1);
                assertThat(csvRow.subList(6, csvRow.size())).as(by + " row " + r).isEqualTo(html.get(r));
                // ISO and Jalali dates of the row's period
                assertThat(csvRow.get(2)).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(csvRow.get(4)).matches("14\\d{2}/\\d{2}/\\d{2}");
            }

            JsonNode download = JSON.readTree(given().when()
                    .get("/dashboard/provinces/" + PROVINCE + "/" + by + ".json?year=1461").then().statusCode(200)
                    .contentType(startsWith("application/json")).extract().asString());
            assertThat(download.get("rows").size()).isEqualTo(html.size());
            for (int r = 0; r < html.size(); r++) {
                assertThat(value(download.get("rows").get(r).at("/values/licences.issued.OPERATING.fixedInvestmentRials")).toString())
                        .isEqualTo(html.get(r).get(1));
            }
            assertThat(download.at("/period/from").asText()).isEqualTo(ir.samt.platform.calendar.Jalali.yearRange(1461).fromInclusive().toString());
            assertThat(download.at("/period/fromJalali").asText()).isEqualTo("1461/01/01");
        }
    }

    @Test
    void nationalPageRanksTercilesAndMapEqualTheRankingsApiAndSortsWithoutJavaScript() throws Exception {
        String indicator = "licences.issued.OPERATING.fixedInvestmentRials";
        JsonNode api = JSON.readTree(given().when().get("/stats/rankings?indicator=" + indicator + "&year=1461").asString());
        Document page = page("/dashboard?year=1461&indicator=" + indicator);
        Element table = page.getElementById("table-national");
        assertThat(table.select("tbody tr")).hasSize(31);
        for (JsonNode ranked : api.get("rankings")) {
            Element tr = table.selectFirst("tbody tr[data-key=" + ranked.at("/province/code").asText() + "]");
            assertThat(tr.select("td").get(0).attr("data-value")).isEqualTo(ranked.get("rank").asText());
            assertThat(tr.select("td").get(1).attr("data-value")).isEqualTo(ranked.get("value").asText());
            assertThat(tr.select("td").get(2).attr("data-value")).isEqualTo(ranked.get("tercile").asText());
            assertThat(page.selectFirst("#map path[data-province=" + ranked.at("/province/code").asText() + "]")
                    .hasClass("tercile-" + ranked.get("tercile").asText())).isTrue();
        }
        assertThat(page.select("#map path[data-province]")).hasSize(31);
        assertThat(page.select("#map path.tercile-none")).hasSize(api.get("withoutData").size());
        assertThat(table.select("thead th[aria-sort=ascending] a").attr("data-sort")).isEqualTo("rank");

        Document byName = page(table.selectFirst("thead a[data-sort=province]").attr("href"));
        List<String> names = byName.select("#table-national tbody th").eachText();
        assertThat(names.get(0)).isEqualTo("آذربایجان شرقی");
        assertThat(byName.select("#table-national thead th[aria-sort=ascending] a").attr("data-sort")).isEqualTo("province");

        List<List<String>> csv = csv(given().when().get("/dashboard/national.csv?year=1461&indicator=" + indicator)
                .then().statusCode(200).extract().asString().substring(1));
        assertThat(csv).hasSize(32);
        assertThat(csv.get(1).get(0)).isEqualTo(api.at("/rankings/0/province/code").asText());
        assertThat(csv.get(1).get(7)).isEqualTo(api.at("/rankings/0/value").asText());
    }

    @Test
    void englishOnRequestLeftToRightWithAsciiDigits() throws Exception {
        Document page = page("/dashboard/provinces/" + PROVINCE + "?year=1461&lang=en");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("h1").text()).contains("Golestan");
        assertThat(page.selectFirst("#card-operating [data-figure$=OPERATING.count]").text()).isEqualTo("4");
        // the toggle leads back to Persian with the same period
        assertThat(page.selectFirst("a[hreflang=fa]").attr("href")).isEqualTo("/dashboard/provinces/IR-27?year=1461");
    }

    @Test
    void monthsAndJalaliRangesAreComparedWithThePeriodJustBefore() throws Exception {
        Document month = page("/dashboard/provinces/" + PROVINCE + "?year=1461&month=3");
        assertThat(month.selectFirst("#status strong").text()).isEqualTo("خرداد ۱۴۶۱");
        assertThat(month.selectFirst(".compare-note strong").text()).isEqualTo("اردیبهشت ۱۴۶۱");
        // IN_1461 is 1461/03/11: the month holds all five licences of 1461
        assertThat(month.selectFirst("#card-operating [data-figure$=OPERATING.count]").attr("data-value")).isEqualTo("4");

        Document range = page("/dashboard/provinces/" + PROVINCE + "?from=۱۴۶۱/۰۳/۱۱&to=" + IN_1461);
        assertThat(range.selectFirst("#card-operating [data-figure$=OPERATING.count]").attr("data-value")).isEqualTo("4");
        assertThat(range.selectFirst("#period-from").attr("value")).isEqualTo("۱۴۶۱/۰۳/۱۱");
        assertThat(range.getElementById("table-month")).as("no breakdown by month for a range").isNull();
    }

    @Test
    void wrongParametersAreRefusedNamingTheField() {
        for (Map.Entry<String, String> wrong : Map.of(
                "/dashboard/provinces/IR-27?year=abc", "year",
                "/dashboard/provinces/IR-27?year=1461&month=13", "month",
                "/dashboard/provinces/IR-27?from=1461/13/01&to=1461/12/01", "from",
                "/dashboard/provinces/IR-27?from=2002-01-01", "to",
                "/dashboard/provinces/IR-27?lang=de", "lang",
                "/dashboard/provinces/IR-27?measure=drop%20table", "measure",
                "/dashboard?indicator=nope", "indicator",
                "/dashboard?sort=secret", "sort",
                "/dashboard?dir=sideways", "dir").entrySet()) {
            String html = given().accept("text/html").when().get(wrong.getKey()).then().statusCode(400)
                    .contentType(startsWith("text/html")).extract().asString();
            assertThat(Jsoup.parse(html).selectFirst("[data-field]").attr("data-field")).as(wrong.getKey())
                    .isEqualTo(wrong.getValue());
        }
        given().when().get("/dashboard/provinces/IR-99").then().statusCode(404).contentType(startsWith("text/html"));
        given().when().get("/dashboard/provinces/IR-27/secrets.csv?year=1461").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("table"));
        given().when().get("/dashboard/national.json?year=۱۴۶۱x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
    }

    @Test
    void hostileValuesOfEveryParameterAreRefusedWithA4xxNeverA5xx() {
        List<String> hostile = List.of("", " ", "-1", "0", "99999999999999999999", "1404-13", "۱۴۰۴/۱۳/۴۰", "1404/02/31",
                "1404/12/30", "9999/99/99", "0000-00-00", "2025-02-30", "-0001-01-01", "+10000-01-01", "1404/1/1/1", "１٤٠٤",
                "\u0000", "<script>alert(1)</script>", "' OR 1=1 --", "%", "a".repeat(2_000), "1404\n1405", "NaN");
        List<String> pages = List.of("/dashboard", "/dashboard/provinces/IR-27", "/dashboard/provinces/IR-27/sector.csv",
                "/dashboard/provinces/IR-27/month.json", "/dashboard/national.csv");
        int requests = 0;
        for (String page : pages) {
            for (String parameter : List.of("year", "month", "from", "to", "lang", "measure", "indicator", "sort", "dir")) {
                for (String value : hostile) {
                    Map<String, String> query = new java.util.HashMap<>(Map.of(parameter, value));
                    // a range needs both ends: the other one valid, so the hostile one is what is judged
                    if (parameter.equals("from")) {
                        query.put("to", "2002-06-01");
                    } else if (parameter.equals("to")) {
                        query.put("from", "2002-06-01");
                    }
                    // pages are asked for as a browser does; downloads as a download link does
                    String accept = page.endsWith(".csv") || page.endsWith(".json") ? "*/*" : "text/html";
                    int status = given().accept(accept).queryParams(query).when().get(page).then().extract().statusCode();
                    assertThat(status).as(page + "?" + parameter + "=" + value).isLessThan(500).isIn(200, 400, 404);
                    requests++;
                }
            }
        }
        assertThat(requests).isEqualTo(pages.size() * 9 * hostile.size());
    }

    @Test
    void pagesAllowOnlyTheirOwnOriginAndAssetsAreCachedAndCompressed() {
        given().when().get("/dashboard/provinces/" + PROVINCE + "?year=1461").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        for (String asset : List.of("/dashboard/assets/dashboard.css", "/dashboard/assets/dashboard.js",
                "/dashboard/assets/fonts/Vazirmatn-Regular.woff2", "/dashboard/assets/fonts/Vazirmatn-Bold.woff2")) {
            given().when().get(asset).then().statusCode(200).header("Cache-Control", containsString("max-age=86400"));
        }
        given().header("Accept-Encoding", "gzip").when().get("/dashboard/assets/dashboard.css").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
        given().header("Accept-Encoding", "gzip").when().get("/dashboard?year=1461").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    private static Document page(String path) {
        String html = given().accept("text/html").when().get(path).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        return Jsoup.parse(html);
    }

    /** A table's body as the exact values of its cells (data-value), row by row. */
    private static List<List<String>> htmlRows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            rows.add(tr.select("td").eachAttr("data-value"));
        }
        return rows;
    }

    private static List<List<String>> csv(String text) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static BigInteger value(JsonNode node) {
        return node.isTextual() ? new BigInteger(PersianText.toAsciiDigits(node.asText())) : node.bigIntegerValue();
    }
}
