package ir.samt.stats.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import ir.samt.stats.query.Period;

/**
 * The query a page was asked with, kept in canonical form so that every link the page makes (language
 * toggle, sorting, downloads, the other page) keeps the period and language the visitor chose.
 */
public record PageQuery(Period period, Lang lang, Map<String, String> extra) {

    /** The period as the selector's fields: year, month or from/to (ISO). */
    public Map<String, String> periodParams() {
        Map<String, String> p = new LinkedHashMap<>();
        switch (period.kind()) {
            case YEAR -> p.put("year", Integer.toString(period.jalaliYear()));
            case MONTH -> {
                p.put("year", Integer.toString(period.jalaliYear()));
                p.put("month", Integer.toString(ir.samt.platform.calendar.JalaliDate.of(period.range().fromInclusive()).month()));
            }
            case RANGE -> {
                p.put("from", period.range().fromInclusive().toString());
                p.put("to", period.lastDay().toString());
            }
        }
        return p;
    }

    /** {@code path?year=1404&lang=en...} with the given parameters changed (null removes one). */
    public String link(String path, Map<String, String> changes) {
        Map<String, String> all = new LinkedHashMap<>(periodParams());
        all.putAll(extra);
        if (lang != Lang.FA) {
            all.put("lang", lang.tag());
        }
        changes.forEach((k, v) -> {
            if (v == null) {
                all.remove(k);
            } else {
                all.put(k, v);
            }
        });
        if (all.containsKey("lang") && all.get("lang").equals(Lang.FA.tag())) {
            all.remove("lang");
        }
        String q = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return q.isEmpty() ? path : path + "?" + q;
    }

    /** The period and language only: links to another page do not carry this page's own choices. */
    public PageQuery withoutExtra() {
        return new PageQuery(period, lang, Map.of());
    }

    /** The same period as the read API's parameters ({@code month=1404-05}), for "the same figures as JSON" links. */
    public String apiLink(String path) {
        String q = switch (period.kind()) {
            case YEAR -> "year=" + period.jalaliYear();
            case MONTH -> "month=" + period.jalaliYear() + "-"
                    + String.format("%02d", ir.samt.platform.calendar.JalaliDate.of(period.range().fromInclusive()).month());
            case RANGE -> "from=" + period.range().fromInclusive() + "&to=" + period.lastDay();
        };
        return path + "?" + q;
    }

    public String link(String path) {
        return link(path, Map.of());
    }
}
