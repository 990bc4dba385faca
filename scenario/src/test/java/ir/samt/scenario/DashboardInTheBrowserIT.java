package ir.samt.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import ir.samt.client.permits.model.Holder;
import ir.samt.client.permits.model.IssuePermitRequest;
import ir.samt.client.permits.model.PermitKind;
import ir.samt.client.permits.model.PermitScope;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.persian.PersianText;

/**
 * The public dashboard in a real Chromium against the packaged services with the article's scenario
 * loaded: the page shows exactly what the API answers, in Persian, with its own font; it goes live
 * without a reload; its national table is the rankings; its downloads are its tables; it asks no one
 * but the service; it can be used from the keyboard. Screenshots of both pages, desktop and phone
 * width, are written to target/screenshots on every run.
 */
@ExtendWith(ArticleSystem.Loaded.class)
class DashboardInTheBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final BigDecimal RIALS_PER_BILLION_TOMANS = BigDecimal.TEN.pow(10);
    private static ArticleSystem system;
    private static Browser browser;

    @BeforeAll
    static void openTheBrowser() throws Exception {
        system = ArticleSystem.current();
        browser = new Browser(true);
    }

    @AfterAll
    static void closeTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static String stats() {
        return system.services.url("stats");
    }

    @Test
    void qomsPageFor1404ShowsExactlyTheFiguresTheApiReturnsInPersianWithItsOwnFont() throws Exception {
        JsonNode api = getJson("/stats/provinces/IR-25?year=1404");
        browser.driver.get(stats() + "/dashboard/provinces/IR-25?year=1404");

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        List<WebElement> figures = browser.driver.findElements(By.cssSelector("#cards [data-figure]"));
        assertThat(figures).hasSizeGreaterThanOrEqualTo(15);
        for (WebElement figure : figures) {
            String pointer = figure.getAttribute("data-figure");
            BigInteger expected = number(api.at(pointer));
            String shown = figure.getText();
            assertThat(shown).as(pointer + " in Persian digits").matches("[۰-۹٬٫]+( میلیارد تومان)?");
            if (shown.endsWith("میلیارد تومان")) {
                BigDecimal billions = new BigDecimal(expected).divide(RIALS_PER_BILLION_TOMANS, 1, RoundingMode.HALF_EVEN);
                assertThat(parse(shown.replace(" میلیارد تومان", ""))).as(pointer).isEqualByComparingTo(billions);
                assertThat(parse(figure.getAttribute("title").replace(" تومان", "")))
                        .isEqualByComparingTo(new BigDecimal(expected).movePointLeft(1));
            } else {
                assertThat(parse(shown).toBigIntegerExact()).as(pointer).isEqualTo(expected);
            }
        }
        assertThat(figureValue("#card-operating", "OPERATING.count"))
                .isEqualTo(ArticleScenario.OPERATING_NEW + ArticleScenario.OPERATING_EXPANSION);

        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "return document.fonts.status === 'loaded' && [...document.fonts].some("
                        + "f => f.family.replace(/\"/g, '') === 'Vazirmatn' && f.status === 'loaded')")));
        assertThat((String) browser.script("return getComputedStyle(document.querySelector('#card-operating .figure')).fontFamily"))
                .startsWith("Vazirmatn");

        browser.screenshot(SCREENSHOTS.resolve("province-IR-25-1404-desktop.png"), 1280, 900);
        browser.screenshot(SCREENSHOTS.resolve("province-IR-25-1404-phone.png"), 390, 844);
    }

    @Test
    void aLicenceIssuedThroughPermitsAppearsOnTheOpenPageWithinTwoSecondsWithoutAReload() throws Exception {
        browser.driver.get(stats() + "/dashboard/provinces/IR-25");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "return document.querySelector('.live-indicator').hidden === false")));
        browser.script("window.samtSamePage = true");
        long before = figureValue("#card-operating", "OPERATING.count");

        IssuePermitRequest licence = new IssuePermitRequest().kind(PermitKind.OPERATING).scope(PermitScope.NEW)
                .holder(new Holder().name("شرکت آزمون داشبورد قم").nationalId(Names.legalEntityId(new Random())))
                .province("IR-25").county("قم").activityCode("2520").product("لوله پلی‌اتیلن")
                .fixedInvestmentRials("12000000000").jobs(9).issuedOn(LocalDate.now(Jalali.TEHRAN));
        system.apis.licences.issuePermit(licence, UUID.randomUUID().toString()).get();
        long issued = System.nanoTime();

        new WebDriverWait(browser.driver, Duration.ofSeconds(2)).pollingEvery(Duration.ofMillis(20))
                .until(d -> figureValue("#card-operating", "OPERATING.count") == before + 1);
        long millis = (System.nanoTime() - issued) / 1_000_000;
        assertThat(browser.script("return window.samtSamePage")).as("the page was not reloaded").isEqualTo(true);
        assertThat(browser.script("return document.querySelector(\"#card-operating [data-figure$='OPERATING.count']\").textContent"))
                .isEqualTo(PersianText.toPersianDigits(String.format("%,d", before + 1)).replace(',', '٬'));
        Files.createDirectories(Path.of("target/scenario"));
        Files.writeString(Path.of("target/scenario/dashboard-live-update.txt"),
                "licence issued → figure on the open page: " + millis + " ms\n");
        System.out.println("Dashboard live update: " + millis + " ms after the licence was issued");
    }

    @Test
    void theNationalTablesRanksAndTercilesAreTheRankingsApis() throws Exception {
        String indicator = ArticleScenario.RANKING_INDICATOR;
        JsonNode rankings = getJson("/stats/rankings?indicator=" + indicator + "&year=1404");
        browser.driver.get(stats() + "/dashboard?year=1404&indicator=" + indicator);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#table-national tbody tr"));
        assertThat(rows).hasSize(31);
        for (JsonNode ranked : rankings.get("rankings")) {
            WebElement row = browser.driver.findElement(By.cssSelector(
                    "#table-national tbody tr[data-key='" + ranked.at("/province/code").asText() + "']"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(parse(cells.get(0).getText()).intValueExact()).isEqualTo(ranked.get("rank").asInt());
            assertThat(cells.get(1).getAttribute("data-value")).isEqualTo(ranked.get("value").asText());
            assertThat(cells.get(2).getAttribute("data-value")).isEqualTo(ranked.get("tercile").asText());
        }
        WebElement qom = browser.driver.findElement(By.cssSelector("#table-national tbody tr[data-key='IR-25']"));
        assertThat(qom.findElements(By.tagName("td")).get(2).getText()).isEqualTo("یک‌سوم میانه");

        browser.screenshot(SCREENSHOTS.resolve("national-1404-desktop.png"), 1280, 900);
        browser.screenshot(SCREENSHOTS.resolve("national-1404-phone.png"), 390, 844);
    }

    @Test
    void theCsvDownloadParsesAndEqualsTheTableOnThePage() throws Exception {
        browser.driver.get(stats() + "/dashboard/provinces/IR-25?year=1404");
        for (String table : List.of("sector", "estate", "county", "month", "headline")) {
            WebElement html = browser.driver.findElement(By.id("table-" + table));
            String href = browser.driver.findElement(By.cssSelector("#table-" + table + "-wrap + .downloads a[data-download=csv]"))
                    .getAttribute("href");
            // fetched by the page itself, as the link would be; decoded keeping the byte-order mark
            String csv = (String) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1]; "
                    + "fetch(arguments[0]).then(r => r.arrayBuffer())"
                    + ".then(b => done(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)))", href);
            assertThat(csv).as("UTF-8 with a byte-order mark").startsWith("\uFEFF");
            List<List<String>> rows = csv(csv.substring(1));
            List<WebElement> trs = html.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).as(table).hasSize(trs.size() + 1);
            for (int r = 0; r < trs.size(); r++) {
                WebElement tr = trs.get(r);
                List<String> row = rows.get(r + 1);
                assertThat(row.get(0)).isEqualTo(tr.getAttribute("data-key"));
                assertThat(row.get(1)).isEqualTo(tr.findElement(By.tagName("th")).getAttribute("textContent").strip());
                List<String> values = tr.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("data-value")).toList();
                assertThat(row.subList(6, row.size())).as(table + " row " + r).isEqualTo(values);
            }
        }
    }

    @Test
    void bothPagesAskNoOneButTheServiceAndLogNoConsoleErrors() throws Exception {
        browser.requestedUrls();
        browser.consoleProblems();
        for (String page : List.of("/dashboard/provinces/IR-25?year=1404", "/dashboard?year=1404",
                "/dashboard/provinces/IR-25?lang=en")) {
            browser.driver.get(stats() + page);
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                    "return document.fonts.status === 'loaded' && document.querySelector('.live-indicator').hidden === false")));
        }
        List<String> urls = browser.requestedUrls();
        assertThat(urls).isNotEmpty();
        assertThat(urls).allSatisfy(url -> assertThat(url).startsWith(stats() + "/"));
        assertThat(urls).anyMatch(url -> url.endsWith("/dashboard/assets/fonts/Vazirmatn-Regular.woff2"));
        assertThat(browser.consoleProblems()).isEmpty();
    }

    @Test
    void theKeyboardAloneReachesThePeriodSelectorAndTheDownloads() throws Exception {
        browser.driver.get(stats() + "/dashboard/provinces/IR-25?year=1404");
        browser.script("document.activeElement.blur()");
        List<String> reached = new ArrayList<>();
        Actions keyboard = new Actions(browser.driver);
        for (int i = 0; i < 120 && !(reached.contains("period-year") && reached.contains("csv")); i++) {
            keyboard.sendKeys(Keys.TAB).perform();
            reached.add((String) browser.script("const e = document.activeElement; "
                    + "return e.id || e.getAttribute('data-download') || e.className || e.tagName"));
        }
        assertThat(reached.get(0)).as("the first stop skips to the content").isEqualTo("skip-link");
        assertThat(reached).contains("period-year", "period-month", "csv");

        // and a period chosen with the keyboard is shown
        WebElement month = browser.driver.findElement(By.id("period-month"));
        month.sendKeys("خرداد");
        browser.driver.findElement(By.cssSelector("form.period button[type=submit]")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("month=3"));
        assertThat(browser.driver.findElement(By.cssSelector("#status strong")).getText()).isEqualTo("خرداد ۱۴۰۴");
    }

    @Test
    void withJavaScriptOffTheHeadlineFiguresAreStillThere() throws Exception {
        try (Browser noScript = new Browser(false)) {
            noScript.driver.get(stats() + "/dashboard/provinces/IR-25?year=1404");
            List<WebElement> figures = noScript.driver.findElements(By.cssSelector("#cards [data-figure]"));
            assertThat(figures).hasSizeGreaterThanOrEqualTo(15);
            assertThat(figures.get(0).getText()).isNotBlank();
            assertThat(noScript.driver.findElements(By.cssSelector("figure.chart .bar-row"))).isNotEmpty();
        }
    }

    /** Read in one script call: the live refresh may swap the card between a find and a read. */
    private static long figureValue(String card, String suffix) {
        return Long.parseLong((String) browser.script("return document.querySelector(arguments[0]).getAttribute('data-value')",
                card + " [data-figure$='" + suffix + "']"));
    }

    /** Persian digits, U+066C thousands and U+066B decimal separators → a number. */
    private static BigDecimal parse(String persian) {
        return new BigDecimal(PersianText.toAsciiDigits(persian).replace("٬", "").replace("٫", ".").strip());
    }

    private static BigInteger number(JsonNode node) {
        return node.isTextual() ? new BigInteger(node.asText()) : node.bigIntegerValue();
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stats() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return ServiceClients.JSON.readTree(response.body());
    }

    private static List<List<String>> csv(String text) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
