package ir.samt.scenario;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A real, headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code deploy/local/ensure-browser.sh} installs) driven through Selenium. Selenium Manager is never
 * asked to download anything: the executables are taken from the PATH. The browser keeps its console
 * and DevTools network log, so a test can check every request it made.
 */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;
    private final Path profile;

    Browser(boolean javascript) throws IOException {
        profile = Files.createTempDirectory("samt-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver"))).build();
        ChromeOptions options = new ChromeOptions().setBinary(executable("chromium"));
        // --no-sandbox: CI runs as root; the rest keep Chromium from calling home on a closed network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--lang=fa-IR",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        driver = new ChromeDriver(service, options);
    }

    /** An executable on the PATH; a clear failure (with the install command) when it is missing. */
    static String executable(String name) {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
        return found.orElseThrow(() -> new IllegalStateException(name + " is not on the PATH: run "
                + "deploy/local/ensure-browser.sh (apt-get install chromium chromium-driver)")).toString();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A PNG of the whole page at this width: the window grows to the document's height first. */
    void screenshot(Path file, int width, int viewportHeight) throws IOException {
        driver.manage().window().setSize(new Dimension(width, viewportHeight));
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 16_000)));
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(width, viewportHeight));
    }

    /** Every URL the page asked the network for since the last call (DevTools Network.requestWillBeSent). */
    List<String> requestedUrls() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> json(entry.getMessage()).get("message"))
                .filter(m -> "Network.requestWillBeSent".equals(m.path("method").asText()))
                .map(m -> m.at("/params/request/url").asText()).toList();
    }

    /** Console messages at warning level or above since the last call. */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::toString).toList();
    }

    private static JsonNode json(String text) {
        try {
            return ServiceClients.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
