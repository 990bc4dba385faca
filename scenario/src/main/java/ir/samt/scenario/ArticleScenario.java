package ir.samt.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seed article's Qom figures for Jalali year 1404, loaded into a running system through the
 * public HTTP APIs only (never SQL), with a few smaller provinces so that national rankings mean
 * something. {@link #main} prints the stats service's answer beside the article's figures.
 *
 * <pre>java -cp 'scenario/target/lib/*:scenario/target/scenario-1.0.0-SNAPSHOT.jar' ir.samt.scenario.ArticleScenario</pre>
 */
public final class ArticleScenario {

    /** What the article says (the seed article, README.md "The article, live"), in the contract's units. */
    public static final int OPERATING_NEW = 112;
    public static final int OPERATING_EXPANSION = 100;
    public static final long OPERATING_INVESTMENT_RIALS = 140_000_000_000_000L; // 14,000 bn tomans
    public static final int OPERATING_JOBS = 12_000;
    public static final int ESTABLISHMENT = 361;
    public static final long ESTABLISHMENT_INVESTMENT_RIALS = 250_000_000_000_000L; // 25,000 bn tomans
    public static final int GUILD_UNITS = 45_000;
    public static final int ESTATES = 11;
    public static final int REVIVED = 63;
    public static final long REVIVAL_INVESTMENT_RIALS = 5_000_000_000_000L; // ~500 bn tomans
    public static final int REVIVAL_JOBS = 1_000;
    public static final String QOM = "IR-25";
    public static final int YEAR = 1404;
    /** The indicator by which Qom sits in the middle tercile of the provinces with data. */
    public static final String RANKING_INDICATOR = "licences.issued.OPERATING.fixedInvestmentRials";

    private static final LocalDate YEAR_START = LocalDate.of(2025, 3, 21); // 1 Farvardin 1404
    private static final List<String> QOM_COUNTIES = List.of("قم", "قم", "قم", "قم", "کهک", "جعفرآباد");
    /** Other provinces: operating-licence investment in rials and licence count (3 above Qom, 5 below). */
    private static final Map<String, long[]> OTHERS = new LinkedHashMap<>();

    static {
        OTHERS.put("IR-23", new long[] { 300_000_000_000_000L, 30 });
        OTHERS.put("IR-10", new long[] { 220_000_000_000_000L, 25 });
        OTHERS.put("IR-09", new long[] { 180_000_000_000_000L, 20 });
        OTHERS.put("IR-07", new long[] { 100_000_000_000_000L, 15 });
        OTHERS.put("IR-30", new long[] { 60_000_000_000_000L, 10 });
        OTHERS.put("IR-26", new long[] { 40_000_000_000_000L, 8 });
        OTHERS.put("IR-21", new long[] { 20_000_000_000_000L, 6 });
        OTHERS.put("IR-00", new long[] { 10_000_000_000_000L, 5 });
    }

    private final SamtClient client;
    private final String permitsUrl;
    private final String unitsUrl;
    private final Random random = new Random(1404);
    private final Semaphore inFlight = new Semaphore(8);

    public ArticleScenario(SamtClient client, String permitsUrl, String unitsUrl) {
        this.client = client;
        this.permitsUrl = permitsUrl;
        this.unitsUrl = unitsUrl;
    }

    /** Signs a national officer's token (permits and units) with the given dev key. */
    public static SamtClient officer(Path privateKeyPem, String issuer) throws Exception {
        Jwt jwt = new Jwt(privateKeyPem, issuer);
        return new SamtClient(jwt.token("scenario-loader", "IR", List.of("permits-officer", "units-officer", "stats-reader")));
    }

    /** Loads everything; returns the wall time in milliseconds. */
    public long load() throws Exception {
        long start = System.nanoTime();
        List<String> estates = qomEstates();
        List<CompletableFuture<JsonNode>> pending = new ArrayList<>();
        issueOperating(QOM, OPERATING_NEW, OPERATING_EXPANSION, OPERATING_INVESTMENT_RIALS, OPERATING_JOBS, estates, pending);
        issueEstablishment(estates, pending);
        for (var other : OTHERS.entrySet()) {
            int count = (int) other.getValue()[1];
            issueOperating(other.getKey(), count / 2, count - count / 2, other.getValue()[0], count * 40, List.of(), pending);
        }
        reviveStagnantUnits(estates);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        importGuildUnits(estates);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private List<String> qomEstates() throws Exception {
        List<String> codes = new ArrayList<>();
        client.get(unitsUrl + "/estates?province=" + QOM).forEach(e -> codes.add(e.get("code").asText()));
        if (codes.size() != ESTATES) {
            throw new IllegalStateException("Expected Qom's " + ESTATES + " industrial towns and zones, which an operator "
                    + "registers with deploy/reference/load-estates.sh (deploy/local/run.sh does), found " + codes);
        }
        return codes;
    }

    private void issueOperating(String province, int newCount, int expansionCount, long investment, int jobs,
            List<String> estates, List<CompletableFuture<JsonNode>> pending) throws InterruptedException {
        int n = newCount + expansionCount;
        long[] amounts = Amounts.split(investment, n, 1_000_000, random);
        long[] jobShares = Amounts.split(jobs, n, 1, random);
        for (int i = 0; i < n; i++) {
            Map<String, Object> body = licence("OPERATING", province, estates, amounts[i], (int) jobShares[i]);
            body.put("scope", i < newCount ? "NEW" : "EXPANSION");
            pending.add(submit(permitsUrl + "/permits", body));
        }
    }

    private void issueEstablishment(List<String> estates, List<CompletableFuture<JsonNode>> pending) throws InterruptedException {
        long[] amounts = Amounts.split(ESTABLISHMENT_INVESTMENT_RIALS, ESTABLISHMENT, 1_000_000, random);
        for (int i = 0; i < ESTABLISHMENT; i++) {
            Map<String, Object> body = licence("ESTABLISHMENT", QOM, estates, amounts[i], 5 + random.nextInt(80));
            body.put("scope", random.nextInt(4) == 0 ? "EXPANSION" : "NEW");
            pending.add(submit(permitsUrl + "/permits", body));
        }
    }

    private Map<String, Object> licence(String kind, String province, List<String> estates, long rials, int jobs) {
        Industry industry = Industry.pick(random);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("holder", Map.of("name", Names.company(industry.name(), random), "nationalId", Names.legalEntityId(random)));
        body.put("province", province);
        body.put("county", QOM.equals(province) ? Names.pick(QOM_COUNTIES, random) : "مرکز");
        if (!estates.isEmpty() && random.nextInt(5) > 0) {
            body.put("estateCode", Names.pick(estates, random));
        }
        body.put("activityCode", industry.activityCode());
        body.put("product", industry.product());
        body.put("fixedInvestmentRials", Long.toString(rials));
        body.put("jobs", jobs);
        body.put("issuedOn", dayOfYear(random.nextInt(365)).toString());
        return body;
    }

    /** 63 small industrial units: registered, stagnant (machinery, financing), revived within 1404. */
    private void reviveStagnantUnits(List<String> estates) throws Exception {
        long[] investment = Amounts.split(REVIVAL_INVESTMENT_RIALS, REVIVED, 1_000_000, random);
        long[] jobs = Amounts.split(REVIVAL_JOBS, REVIVED, 1, random);
        List<CompletableFuture<JsonNode>> chains = new ArrayList<>();
        for (int i = 0; i < REVIVED; i++) {
            Industry industry = Industry.pick(random);
            int stagnantDay = random.nextInt(150);
            int revivedDay = stagnantDay + 30 + random.nextInt(150);
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("kind", "INDUSTRIAL");
            unit.put("name", Names.company(industry.name(), random));
            unit.put("nationalId", Names.legalEntityId(random));
            unit.put("province", QOM);
            unit.put("county", Names.pick(QOM_COUNTIES, random));
            unit.put("estateCode", Names.pick(estates, random));
            unit.put("activityCode", industry.activityCode());
            unit.put("employees", 5 + random.nextInt(40));
            unit.put("registeredOn", "2018-06-01");
            Map<String, Object> stagnation = Map.of("stagnatedOn", dayOfYear(stagnantDay).toString(),
                    "reasons", List.of("MACHINERY_TECHNOLOGY", "LIQUIDITY"));
            Map<String, Object> revival = Map.of("revivedOn", dayOfYear(revivedDay).toString(),
                    "supporters", List.of("INDUSTRIAL_TOWNS_COMPANY", "GOVERNORATE", "BANKS"),
                    "newInvestmentRials", Long.toString(investment[i]), "jobsRestored", (int) jobs[i]);
            inFlight.acquire();
            chains.add(client.post(unitsUrl + "/units", unit)
                    .thenCompose(u -> client.post(unitsUrl + "/units/" + u.get("id").asText() + "/stagnation", stagnation)
                            .thenCompose(s -> client.post(unitsUrl + "/units/" + u.get("id").asText() + "/revival", revival)))
                    .whenComplete((r, e) -> inFlight.release()));
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).join();
    }

    /** 45,000 active guild units in one streamed NDJSON import, generated as it is sent. */
    private void importGuildUnits(List<String> estates) throws Exception {
        JsonNode report = client.postStream(unitsUrl + "/units/import", "application/x-ndjson", () -> guildUnitLines(GUILD_UNITS));
        if (report.path("rejected").asLong(0) != 0 || report.path("imported").asLong() != GUILD_UNITS) {
            throw new IllegalStateException("The guild-unit import rejected rows: " + report);
        }
    }

    private InputStream guildUnitLines(int count) {
        Random rows = new Random(45_000);
        Enumeration<InputStream> lines = new Enumeration<>() {
            int i = 0;

            @Override
            public boolean hasMoreElements() {
                return i < count;
            }

            @Override
            public InputStream nextElement() {
                i++;
                Map<String, Object> unit = new LinkedHashMap<>();
                unit.put("externalRef", "qom-guild-chamber-" + i);
                unit.put("kind", "GUILD");
                // 16,721 production/technical to 26,736 distribution/services (the seed article, README.md "The article, live")
                unit.put("guildGroup", rows.nextInt(43_457) < 16_721 ? "PRODUCTION_TECHNICAL" : "DISTRIBUTION_SERVICES");
                unit.put("name", Names.guildUnit(rows));
                unit.put("nationalId", Names.nationalCode(rows));
                unit.put("province", QOM);
                unit.put("county", Names.pick(QOM_COUNTIES, rows));
                unit.put("activityCode", Names.pick(List.of("5211", "5231", "5233", "5260", "1920", "1722", "1541"), rows));
                unit.put("employees", 1 + rows.nextInt(6));
                unit.put("registeredOn", dayOfYear(rows.nextInt(365)).toString());
                try {
                    return new ByteArrayInputStream((SamtClient.JSON.writeValueAsString(unit) + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        return new SequenceInputStream(lines);
    }

    private CompletableFuture<JsonNode> submit(String url, Object body) throws InterruptedException {
        inFlight.acquire();
        return client.post(url, body).whenComplete((r, e) -> inFlight.release());
    }

    private static LocalDate dayOfYear(int offset) {
        return YEAR_START.plusDays(Math.min(offset, 364));
    }

    /** The stats service's summary for Qom, 1404. */
    public static JsonNode qomSummary(SamtClient client, String statsUrl) throws Exception {
        return client.get(statsUrl + "/stats/provinces/" + QOM + "?year=" + YEAR);
    }

    public static void main(String[] args) throws Exception {
        String permits = System.getProperty("permits.url", "http://127.0.0.1:8081");
        String units = System.getProperty("units.url", "http://127.0.0.1:8082");
        String stats = System.getProperty("stats.url", "http://127.0.0.1:8083");
        Path key = Path.of(System.getProperty("jwt.key", ".local/jwt/private.pem"));
        SamtClient client = officer(key, System.getProperty("jwt.issuer", "https://auth.samt.local"));
        for (String url : List.of(permits, units, stats)) {
            if (!client.ready(url)) {
                System.err.println(url + " is not ready: start the system with deploy/local/run.sh first");
                System.exit(1);
            }
        }
        long ms = new ArticleScenario(client, permits, units).load();
        System.out.printf("Loaded the 1404 Qom scenario through the HTTP APIs in %.1f s%n", ms / 1000.0);
        // the stats service applies the events as they arrive; give it time to catch up
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode summary = qomSummary(client, stats);
        while (!ArticleFigures.rows(summary).stream().allMatch(ArticleFigures.Row::matches) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            summary = qomSummary(client, stats);
        }
        System.out.println(ArticleFigures.compare(summary));
        boolean all = ArticleFigures.rows(summary).stream().allMatch(ArticleFigures.Row::matches);
        System.out.println(all ? "All figures match the article." : "Some figures differ (was the data fresh? use run.sh --fresh).");
        System.exit(all ? 0 : 1);
    }
}
