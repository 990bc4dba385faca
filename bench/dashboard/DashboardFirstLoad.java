import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * First load of a dashboard page in a real Chromium with an empty cache, repeated: time to first
 * contentful paint (the browser's own Paint Timing entry, measured from navigation start) and the bytes
 * that crossed the network until the page was complete (DevTools' encodedDataLength of every finished
 * request: compressed bodies plus headers; the open SSE stream is not finished and not counted).
 *
 * Usage: DashboardFirstLoad URL [runs]
 */
public class DashboardFirstLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ObjectMapper json = new ObjectMapper();
        List<Double> paints = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        int requests = 0;
        for (int run = 0; run < runs; run++) {
            Path profile = Files.createTempDirectory("bench-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(which("chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1280,900");
            options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(which("chromedriver"))).build(), options);
            try {
                driver.get(url);
                new WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return document.readyState === 'complete' && document.fonts.status === 'loaded'"
                                + " && performance.getEntriesByName('first-contentful-paint').length > 0")));
                Thread.sleep(1500); // the live refresh right after the stream opens belongs to the first load too
                paints.add(((Number) driver.executeScript(
                        "return performance.getEntriesByName('first-contentful-paint')[0].startTime")).doubleValue());
                // only requests to the network: the browser's own chrome:// pages of a new profile are not the page's
                Map<String, String> urls = new java.util.HashMap<>();
                long total = 0;
                int count = 0;
                for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
                    JsonNode message = json.readTree(entry.getMessage()).get("message");
                    String method = message.path("method").asText();
                    String id = message.at("/params/requestId").asText();
                    if ("Network.requestWillBeSent".equals(method)) {
                        urls.put(id, message.at("/params/request/url").asText());
                        if (System.getenv("SHOW_REQUESTS") != null) {
                            System.out.println("  request: " + urls.get(id));
                        }
                    } else if ("Network.loadingFinished".equals(method) && urls.getOrDefault(id, "").startsWith("http")) {
                        total += message.at("/params/encodedDataLength").asLong();
                        count++;
                    }
                }
                bytes.add(total);
                requests = count;
            } finally {
                driver.quit();
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        Collections.sort(paints);
        Collections.sort(bytes);
        System.out.printf("%s%n  first contentful paint, empty cache: median %.0f ms (min %.0f, max %.0f; %d runs)%n",
                url, paints.get(runs / 2), paints.get(0), paints.get(runs - 1), runs);
        System.out.printf("  bytes over the network on first load: %.1f KB (%d requests, compressed bodies + headers)%n",
                bytes.get(runs / 2) / 1024.0, requests);
    }

    private static String which(String name) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).map(dir -> new File(dir, name))
                .filter(File::canExecute).findFirst().map(File::getPath)
                .orElseThrow(() -> new IllegalStateException(name + " is not on the PATH: deploy/local/ensure-browser.sh"));
    }
}
