package ir.samt.stats.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import ir.samt.platform.province.Province;
import ir.samt.stats.query.Period;
import ir.samt.stats.query.StatsService;
import ir.samt.stats.rebuild.RebuildState;

/**
 * Pushes changed totals to SSE subscribers. Every 200 ms it polls the province versions (so changes
 * applied by any replica are seen), and for each province whose version moved since the last push
 * it sends that province's current-year summary once, however many events changed it: bursts are
 * coalesced into at most five updates a second, and an update leaves at most ~200 ms after commit.
 */
@ApplicationScoped
public class LiveTotals {

    private static final Logger LOG = Logger.getLogger(LiveTotals.class);
    public static final String NATIONAL = "IR";

    public record Update(String scope, Object totals) {
    }

    @Inject
    ProvinceVersions versions;

    @Inject
    RebuildState rebuild;

    @Inject
    StatsService stats;

    private final BroadcastProcessor<Update> updates = BroadcastProcessor.create();
    private final Map<String, Long> pushed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> subscribers = new ConcurrentHashMap<>();
    private volatile String pushedState = RebuildState.LIVE;
    private ScheduledExecutorService ticker;

    @ConfigProperty(name = "samt.stats.live.tick-ms", defaultValue = "200")
    long tickMs;

    // Quarkus' @Scheduled cannot tick faster than once a second, hence a thread of our own
    void onStart(@Observes StartupEvent event) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stats-live-tick");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, tickMs, tickMs, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    void tick() {
        try {
            tickOnce();
        } catch (RuntimeException e) {
            // a failed tick must not cancel the schedule
            LOG.warnf("Live tick failed: %s", e);
        }
    }

    private void tickOnce() {
        try {
            versions.poll();
            rebuild.read();
        } catch (Exception e) {
            LOG.debugf("Live tick could not poll versions: %s", e);
        }
        boolean stateChanged = !rebuild.state().equals(pushedState);
        pushedState = rebuild.state();
        List<Province> changed = new ArrayList<>();
        for (Province p : Province.values()) {
            long now = versions.of(p.code());
            Long before = pushed.put(p.code(), now);
            if (stateChanged || (before != null && before != now)) {
                changed.add(p);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        Period year = Period.currentYear();
        try {
            for (Province p : changed) {
                if (has(p.code())) {
                    updates.onNext(new Update(p.code(), stats.summary(p, year).view()));
                }
            }
            if (has(NATIONAL)) {
                updates.onNext(new Update(NATIONAL, stats.nationalSummary(year)));
            }
        } catch (Exception e) {
            LOG.warnf("Could not push live totals: %s", e);
        }
    }

    private boolean has(String scope) {
        AtomicInteger count = subscribers.get(scope);
        return count != null && count.get() > 0;
    }

    /** The current totals first, then every change; a slow client gets the latest, not a backlog. */
    public Multi<Object> stream(String scope, Object current) {
        Multi<Object> changes = updates
                .filter(u -> u.scope().equals(scope))
                .map(Update::totals)
                .onOverflow().dropPreviousItems();
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(current), changes)
                .onSubscription().invoke(() -> subscribers.computeIfAbsent(scope, k -> new AtomicInteger()).incrementAndGet())
                .onTermination().invoke(() -> subscribers.get(scope).decrementAndGet());
    }
}
