package ir.samt.stats.live;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import ir.samt.contracts.EventType;
import ir.samt.contracts.totals.ProvinceTotalsData;
import ir.samt.platform.outbox.Outbox;
import ir.samt.platform.outbox.OutboxRelay;
import ir.samt.platform.province.Province;
import ir.samt.stats.query.Period;
import ir.samt.stats.query.StatsService;
import ir.samt.stats.query.Views;
import ir.samt.stats.rebuild.RebuildState;

/**
 * Publishes province totals to {@code samt.stats.province-totals.v1} through the platform outbox,
 * from one replica and in version order, so the topic's last value of a province is always its
 * newest figures (docs/stats.md, "Totals topic").
 *
 * <ul>
 * <li><b>What to publish comes from the database</b>: every province whose {@code province_version}
 * (bumped by each apply transaction, on any replica) is above the version last enqueued
 * ({@code published_totals}). A change applied by a replica that died before publishing is
 * still found; nothing depends on memory.</li>
 * <li><b>One snapshot</b>: versions, rebuild state and figures are read in one repeatable-read
 * transaction, so a value carries exactly the version of its figures.</li>
 * <li><b>One publisher</b>: only the replica whose outbox relay holds the advisory lock runs it. If
 * leadership moves while a flush is under way, the conditional claim in {@link PublishedVersions}
 * still never lets a lower version be enqueued after a higher one.</li>
 * </ul>
 *
 * <p>Why not inside each apply transaction: computing 31 summaries per batch made the consumer
 * ten times slower (measured: ~3,900 events/s on replay, seconds of lag at 200 events/s).
 *
 * <p>The pause after a flush is at least the interval and at least {@code idle-factor} times as
 * long as the flush took. Under a heavy stream (a replay, a bulk import upstream) the summaries
 * get slower and the publisher backs off instead of taking a growing share of the database from
 * the consumer (measured: a quarter of PostgreSQL's time during a replay); at ordinary rates a
 * flush takes milliseconds and the cadence stays at the interval.
 */
@ApplicationScoped
public class TotalsPublisher {

    private static final Logger LOG = Logger.getLogger(TotalsPublisher.class);
    public static final String AGGREGATE = "province-totals";
    public static final String TYPE = EventType.PROVINCE_TOTALS_UPDATED.type();

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    PublishedVersions published;

    @Inject
    StatsService stats;

    @Inject
    RebuildState rebuild;

    @ConfigProperty(name = "samt.stats.totals.publish-interval-ms", defaultValue = "1000")
    long intervalMs;

    @ConfigProperty(name = "samt.stats.totals.idle-factor", defaultValue = "4")
    long idleFactor;

    private ScheduledExecutorService flusher;

    void onStart(@Observes StartupEvent event) {
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stats-totals-publisher");
            t.setDaemon(true);
            return t;
        });
        flusher.schedule(this::flushAndReschedule, intervalMs, TimeUnit.MILLISECONDS);
    }

    private void flushAndReschedule() {
        long started = System.nanoTime();
        try {
            if (relay.isLeader()) {
                flush();
            }
        } catch (RuntimeException e) {
            // nothing was enqueued (the transaction rolled back); the next flush finds the same provinces
            LOG.warnf("Could not publish province totals (will retry): %s", e);
        } finally {
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            if (!flusher.isShutdown()) {
                flusher.schedule(this::flushAndReschedule, pauseAfter(tookMs, intervalMs, idleFactor), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The pause after a flush that took {@code tookMs}: the publisher is busy at most 1/(1+factor) of the time. */
    static long pauseAfter(long tookMs, long intervalMs, long idleFactor) {
        return Math.max(intervalMs, tookMs * idleFactor);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (flusher != null) {
            flusher.shutdownNow();
        }
    }

    /**
     * Enqueues the totals of every province whose version has not been enqueued yet, in one
     * transaction; returns how many. Nothing while a rebuild runs: the figures are partial, and the
     * rebuild's end bumps every version, so they all go out once it is done.
     */
    public int flush() {
        return QuarkusTransaction.requiringNew().call(() -> {
            published.useOneSnapshot();
            if (!RebuildState.LIVE.equals(rebuild.state()) || !RebuildState.LIVE.equals(published.rebuildState())) {
                return 0;
            }
            Map<String, Long> versions = published.unpublished();
            if (versions.isEmpty()) {
                return 0;
            }
            Period year = Period.currentYear();
            Period previousYear = year.previousYear();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Set<String> claimed = published.claim(versions);
            List<Outbox.PendingEvent> pending = new ArrayList<>(claimed.size());
            for (String code : claimed) {
                Province province = Province.byCode(code).orElseThrow();
                pending.add(new Outbox.PendingEvent(AGGREGATE, code, TYPE, now, totals(versions.get(code), previousYear,
                        stats.computeSummary(province, previousYear), year, stats.computeSummary(province, year))));
            }
            if (!pending.isEmpty()) {
                outbox.publishAll(pending);
            }
            return pending.size();
        });
    }

    /**
     * The event's data: the province's stocks now and the figures of both years, each from the summary
     * {@code GET /stats/provinces/{code}?year=} answers (here computed in the publisher's snapshot).
     */
    static ProvinceTotalsData totals(long version, Period previousYear, Views.Summary previous, Period year,
            Views.Summary current) {
        Map<String, ProvinceTotalsData.YearFigures> years = new LinkedHashMap<>();
        years.put(Integer.toString(previousYear.jalaliYear()), figures(previous));
        years.put(Integer.toString(year.jalaliYear()), figures(current));
        return new ProvinceTotalsData(current.province(), version, current.state(), current.stocks(), years);
    }

    private static ProvinceTotalsData.YearFigures figures(Views.Summary summary) {
        return new ProvinceTotalsData.YearFigures(summary.period(), summary.licences(), summary.units(),
                summary.indicators());
    }
}
