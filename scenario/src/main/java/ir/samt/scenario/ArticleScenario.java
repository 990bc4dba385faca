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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;

import ir.samt.client.permits.model.Holder;
import ir.samt.client.permits.model.IssuePermitRequest;
import ir.samt.client.permits.model.Permit;
import ir.samt.client.permits.model.PermitKind;
import ir.samt.client.permits.model.PermitScope;
import ir.samt.client.permits.model.ReportProgressRequest;
import ir.samt.client.units.model.Estate;
import ir.samt.client.units.model.ImportReport;
import ir.samt.client.units.model.RegisterUnitRequest;
import ir.samt.client.units.model.ReviveUnitRequest;
import ir.samt.client.units.model.StagnateUnitRequest;
import ir.samt.client.units.model.StagnationReason;
import ir.samt.client.units.model.Supporter;
import ir.samt.client.units.model.UnitKind;

/**
 * The seed article's Qom figures for Jalali year 1404, loaded into a running system through the
 * public HTTP APIs only (never SQL), through the clients generated from their OpenAPI documents, with a few smaller provinces so that national rankings mean
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
    /**
     * Establishment projects (طرح‌ها) of Qom at the end of 1404, by physical progress: the article's "more than 650
     * semi-finished projects over 60 %". They are the 361 establishment licences of 1404 and {@link #EARLIER_ESTABLISHMENT}
     * establishment licences issued in 1403, whose projects are still under way in 1404 (a project takes longer than
     * the licence's first year, domain.md §3); each has an expert's progress report dated in 1404 within its term.
     */
    public static final int EARLIER_ESTABLISHMENT = 400;
    public static final int PROJECTS_BELOW_30 = 30;
    public static final int PROJECTS_30_TO_60 = 50;
    public static final int PROJECTS_ABOVE_60 = 660;
    public static final int PROJECTS_COMPLETED = 21;
    public static final String QOM = "IR-25";
    public static final int YEAR = 1404;
    /** The indicator by which Qom sits in the middle tercile of the provinces with data. */
    public static final String RANKING_INDICATOR = "licences.issued.OPERATING.fixedInvestmentRials";

    private static final LocalDate YEAR_START = LocalDate.of(2025, 3, 21); // 1 Farvardin 1404
    private static final LocalDate YEAR_END = LocalDate.of(2026, 3, 20); // 29 Esfand 1404
    private static final LocalDate PREVIOUS_YEAR_START = LocalDate.of(2024, 3, 20); // 1 Farvardin 1403
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

    private final ServiceClients apis;
    private final Random random = new Random(1404);
    /** The projects' own draws, so the article's generator above keeps its sequence (and its names). */
    private final Random projects = new Random(650);
    /** Qom's establishment licences as issued (1404 and 1403), whose projects get progress reports. */
    private final List<Permit> establishmentLicences = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Semaphore inFlight = new Semaphore(8);

    public ArticleScenario(ServiceClients apis) {
        this.apis = apis;
    }

    /** Loads everything; returns the wall time in milliseconds. */
    public long load() throws Exception {
        long start = System.nanoTime();
        List<String> estates = qomEstates();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        issueOperating(QOM, OPERATING_NEW, OPERATING_EXPANSION, OPERATING_INVESTMENT_RIALS, OPERATING_JOBS, estates, pending);
        issueEstablishment(estates, pending);
        for (var other : OTHERS.entrySet()) {
            int count = (int) other.getValue()[1];
            issueOperating(other.getKey(), count / 2, count - count / 2, other.getValue()[0], count * 40, List.of(), pending);
        }
        reviveStagnantUnits(estates);
        issueEarlierEstablishment(estates, pending);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        reportProjectProgress();
        importGuildUnits(estates);
        new InspectionScenario(apis).load();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private List<String> qomEstates() throws Exception {
        List<String> codes = apis.estates.listEstates(null, QOM).get().stream().map(Estate::getCode).toList();
        if (codes.size() != ESTATES) {
            throw new IllegalStateException("Expected Qom's " + ESTATES + " industrial towns and zones, which an operator "
                    + "registers with deploy/reference/load-estates.sh (deploy/local/run.sh does), found " + codes);
        }
        return codes;
    }

    private void issueOperating(String province, int newCount, int expansionCount, long investment, int jobs,
            List<String> estates, List<CompletableFuture<?>> pending) throws InterruptedException {
        int n = newCount + expansionCount;
        long[] amounts = Amounts.split(investment, n, 1_000_000, random);
        long[] jobShares = Amounts.split(jobs, n, 1, random);
        for (int i = 0; i < n; i++) {
            IssuePermitRequest licence = licence(PermitKind.OPERATING, province, estates, amounts[i], (int) jobShares[i]);
            licence.scope(i < newCount ? PermitScope.NEW : PermitScope.EXPANSION);
            pending.add(submit(() -> apis.licences.issuePermit(licence, idempotencyKey())));
        }
    }

    private void issueEstablishment(List<String> estates, List<CompletableFuture<?>> pending) throws InterruptedException {
        long[] amounts = Amounts.split(ESTABLISHMENT_INVESTMENT_RIALS, ESTABLISHMENT, 1_000_000, random);
        for (int i = 0; i < ESTABLISHMENT; i++) {
            IssuePermitRequest licence = licence(PermitKind.ESTABLISHMENT, QOM, estates, amounts[i], 5 + random.nextInt(80));
            licence.scope(random.nextInt(4) == 0 ? PermitScope.EXPANSION : PermitScope.NEW);
            pending.add(submit(() -> apis.licences.issuePermit(licence, idempotencyKey())).thenAccept(establishmentLicences::add));
        }
    }

    /** Establishment licences of 1403 whose projects are still under way in 1404. */
    private void issueEarlierEstablishment(List<String> estates, List<CompletableFuture<?>> pending) throws InterruptedException {
        for (int i = 0; i < EARLIER_ESTABLISHMENT; i++) {
            Industry industry = Industry.pick(projects);
            IssuePermitRequest licence = new IssuePermitRequest().kind(PermitKind.ESTABLISHMENT)
                    .scope(projects.nextInt(4) == 0 ? PermitScope.EXPANSION : PermitScope.NEW)
                    .holder(new Holder().name(Names.company(industry.name(), projects)).nationalId(Names.legalEntityId(projects)))
                    .province(QOM).county(Names.pick(QOM_COUNTIES, projects)).estateCode(Names.pick(estates, projects))
                    .activityCode(industry.activityCode()).product(industry.product())
                    .fixedInvestmentRials(Long.toString(100_000_000_000L + projects.nextInt(1_000_000) * 1_000_000L))
                    .jobs(5 + projects.nextInt(80)).issuedOn(PREVIOUS_YEAR_START.plusDays(projects.nextInt(365)));
            pending.add(submit(() -> apis.licences.issuePermit(licence, idempotencyKey())).thenAccept(establishmentLicences::add));
        }
    }

    /**
     * One expert visit per project, dated in 1404 inside its licence's term, with the percents that give the
     * article's bands exactly ({@link #PROJECTS_ABOVE_60} over 60 %).
     */
    private void reportProjectProgress() throws InterruptedException {
        List<Integer> percents = new ArrayList<>();
        addPercents(percents, PROJECTS_BELOW_30, 0, 29);
        addPercents(percents, PROJECTS_30_TO_60, 30, 60);
        addPercents(percents, PROJECTS_ABOVE_60, 61, 99);
        addPercents(percents, PROJECTS_COMPLETED, 100, 100);
        List<Permit> licences = new ArrayList<>(establishmentLicences);
        if (licences.size() != percents.size()) {
            throw new IllegalStateException("Expected " + percents.size() + " establishment licences, issued " + licences.size());
        }
        licences.sort(java.util.Comparator.comparing(Permit::getLicenceNumber)); // reproducible whatever the arrival order
        java.util.Collections.shuffle(percents, projects);
        List<CompletableFuture<?>> reports = new ArrayList<>();
        for (int i = 0; i < licences.size(); i++) {
            Permit licence = licences.get(i);
            LocalDate from = licence.getIssuedOn().isAfter(YEAR_START) ? licence.getIssuedOn() : YEAR_START;
            LocalDate to = licence.getValidUntil().isBefore(YEAR_END) ? licence.getValidUntil() : YEAR_END;
            LocalDate visit = from.plusDays(projects.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1));
            ReportProgressRequest report = new ReportProgressRequest().percent(percents.get(i)).visitDate(visit)
                    .expert("کارشناس نظارت " + (1 + projects.nextInt(12)));
            reports.add(submit(() -> apis.licences.reportPermitProgress(licence.getId(), report, idempotencyKey())));
        }
        CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new)).join();
    }

    private void addPercents(List<Integer> percents, int count, int low, int high) {
        for (int i = 0; i < count; i++) {
            percents.add(low + projects.nextInt(high - low + 1));
        }
    }

    // the random draws keep the order of the article's generator (figures and names are reproducible)
    private IssuePermitRequest licence(PermitKind kind, String province, List<String> estates, long rials, int jobs) {
        Industry industry = Industry.pick(random);
        IssuePermitRequest licence = new IssuePermitRequest().kind(kind);
        licence.holder(new Holder().name(Names.company(industry.name(), random)).nationalId(Names.legalEntityId(random)));
        licence.province(province);
        licence.county(QOM.equals(province) ? Names.pick(QOM_COUNTIES, random) : "مرکز");
        if (!estates.isEmpty() && random.nextInt(5) > 0) {
            licence.estateCode(Names.pick(estates, random));
        }
        return licence.activityCode(industry.activityCode()).product(industry.product())
                .fixedInvestmentRials(Long.toString(rials)).jobs(jobs).issuedOn(dayOfYear(random.nextInt(365)));
    }

    /** 63 small industrial units: registered, stagnant (machinery, financing), revived within 1404. */
    private void reviveStagnantUnits(List<String> estates) throws Exception {
        long[] investment = Amounts.split(REVIVAL_INVESTMENT_RIALS, REVIVED, 1_000_000, random);
        long[] jobs = Amounts.split(REVIVAL_JOBS, REVIVED, 1, random);
        List<CompletableFuture<?>> chains = new ArrayList<>();
        for (int i = 0; i < REVIVED; i++) {
            Industry industry = Industry.pick(random);
            int stagnantDay = random.nextInt(150);
            int revivedDay = stagnantDay + 30 + random.nextInt(150);
            RegisterUnitRequest unit = new RegisterUnitRequest().kind(UnitKind.INDUSTRIAL)
                    .name(Names.company(industry.name(), random)).nationalId(Names.legalEntityId(random)).province(QOM);
            unit.county(Names.pick(QOM_COUNTIES, random)).estateCode(Names.pick(estates, random))
                    .activityCode(industry.activityCode()).employees(5 + random.nextInt(40)).registeredOn(LocalDate.of(2018, 6, 1));
            StagnateUnitRequest stagnation = new StagnateUnitRequest().stagnatedOn(dayOfYear(stagnantDay))
                    .reasons(new LinkedHashSet<>(List.of(StagnationReason.MACHINERY_TECHNOLOGY, StagnationReason.LIQUIDITY)));
            ReviveUnitRequest revival = new ReviveUnitRequest().revivedOn(dayOfYear(revivedDay))
                    .supporters(new LinkedHashSet<>(List.of(Supporter.INDUSTRIAL_TOWNS_COMPANY, Supporter.GOVERNORATE, Supporter.BANKS)))
                    .newInvestmentRials(Long.toString(investment[i])).jobsRestored((int) jobs[i]);
            inFlight.acquire();
            chains.add(call(() -> apis.units.registerUnit(unit, idempotencyKey()))
                    .thenCompose(u -> call(() -> apis.units.stagnateUnit(u.getId(), stagnation, idempotencyKey()))
                            .thenCompose(s -> call(() -> apis.units.reviveUnit(u.getId(), revival, idempotencyKey()))))
                    .whenComplete((r, e) -> inFlight.release()));
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).join();
    }

    /** 45,000 active guild units in one streamed NDJSON import, generated as it is sent. */
    private void importGuildUnits(List<String> estates) throws Exception {
        ImportReport report = apis.importUnits("application/x-ndjson", () -> guildUnitLines(GUILD_UNITS));
        if (report.getRejected() != null && report.getRejected() != 0 || report.getImported() != GUILD_UNITS) {
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
                    return new ByteArrayInputStream((ServiceClients.JSON.writeValueAsString(unit) + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        return new SequenceInputStream(lines);
    }

    private <T> CompletableFuture<T> submit(Call<T> request) throws InterruptedException {
        inFlight.acquire();
        return call(request).whenComplete((r, e) -> inFlight.release());
    }

    /** A generated client's call: its request is checked when built (an ApiException), then sent asynchronously. */
    @FunctionalInterface
    interface Call<T> {
        CompletableFuture<T> start() throws Exception;
    }

    private static <T> CompletableFuture<T> call(Call<T> request) {
        try {
            return request.start();
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A fresh Idempotency-Key per request: the scenario never retries, but it sends what a careful client sends. */
    private static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }

    private static LocalDate dayOfYear(int offset) {
        return YEAR_START.plusDays(Math.min(offset, 364));
    }

    /** The stats service's summary for Qom, 1404, as its JSON tree. */
    public static JsonNode qomSummary(ServiceClients apis) throws Exception {
        return ServiceClients.tree(apis.stats.getProvinceSummary(QOM, null, null, null, Integer.toString(YEAR)).get());
    }

    public static void main(String[] args) throws Exception {
        String permits = System.getProperty("permits.url", "http://127.0.0.1:8081");
        String units = System.getProperty("units.url", "http://127.0.0.1:8082");
        String stats = System.getProperty("stats.url", "http://127.0.0.1:8083");
        Path key = Path.of(System.getProperty("jwt.key", ".local/jwt/private.pem"));
        for (String url : List.of(permits, units, stats)) {
            if (!ServiceClients.ready(url)) {
                System.err.println(url + " is not ready: start the system with deploy/local/run.sh first");
                System.exit(1);
            }
        }
        ServiceClients apis = new ServiceClients(permits, units, stats,
                ServiceClients.officerToken(key, System.getProperty("jwt.issuer", "https://auth.samt.local")));
        long ms = new ArticleScenario(apis).load();
        System.out.printf("Loaded the 1404 Qom scenario through the HTTP APIs in %.1f s%n", ms / 1000.0);
        // the stats service applies the events as they arrive; give it time to catch up
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode summary = qomSummary(apis);
        while (!ArticleFigures.rows(summary).stream().allMatch(ArticleFigures.Row::matches) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            summary = qomSummary(apis);
        }
        System.out.println(ArticleFigures.compare(summary));
        boolean all = ArticleFigures.rows(summary).stream().allMatch(ArticleFigures.Row::matches);
        System.out.println(all ? "All figures match the article." : "Some figures differ (was the data fresh? use run.sh --fresh).");
        System.exit(all ? 0 : 1);
    }
}
