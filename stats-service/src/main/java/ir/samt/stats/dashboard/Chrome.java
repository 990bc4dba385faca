package ir.samt.stats.dashboard;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ir.samt.contracts.totals.PeriodView;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.stats.query.Period;

/**
 * What every dashboard page has around its figures: language and direction, the words, the period
 * selector's state, the language toggle, when the figures were read (Jalali date and Tehran time) and
 * the SSE stream the page listens to for changes.
 */
public record Chrome(Lang lang, Words words, String title, PeriodView period, PeriodView previous, String state,
        PeriodForm form, String otherLanguageLink, String nationalLink, String updatedAt, String updatedAtIso,
        String stream, List<FormField> periodFields, List<FormField> extraFields) {

    /** A query parameter a form carries along (hidden), so choosing one thing keeps the others. */
    public record FormField(String name, String value) {
    }

    /** @param selected whether this option is the one the page shows */
    public record Option(String value, String label, boolean selected) {
    }

    /** The period selector: Jalali years, the months of the year, or a custom range (Jalali or ISO dates). */
    public record PeriodForm(List<Option> years, List<Option> months, String from, String to, boolean range) {
    }

    static Chrome of(PageQuery query, String path, Words words, String title, PeriodView previous, String state,
            String stream, ZonedDateTime now) {
        Lang lang = query.lang();
        Period period = query.period();
        ZonedDateTime tehran = now.withZoneSameInstant(Jalali.TEHRAN);
        String time = Numerals.plain(tehran.format(DateTimeFormatter.ofPattern("HH:mm:ss")), lang);
        String date = Numerals.plain(JalaliDate.of(tehran.toLocalDate()).toString(), lang);
        return new Chrome(lang, words, title, ir.samt.stats.query.Views.period(period), previous, state,
                form(period, lang, words), query.link(path, Map.of("lang", lang.other().tag())),
                query.withoutExtra().link("/dashboard"), date + " " + time + " " + words.get("time.tehran"),
                tehran.toOffsetDateTime().toString(), stream, fields(query.periodParams()), fields(query.extra()));
    }

    private static List<FormField> fields(Map<String, String> params) {
        return params.entrySet().stream().map(e -> new FormField(e.getKey(), e.getValue())).toList();
    }

    private static PeriodForm form(Period period, Lang lang, Words words) {
        int current = Period.currentYear().jalaliYear();
        int shown = period.jalaliYear();
        List<Option> years = new ArrayList<>();
        // the last ten years, and the year shown whenever it lies outside them
        for (int y = Math.max(current, shown); y >= Math.min(current - 10, shown); y--) {
            years.add(new Option(Integer.toString(y), Numerals.plain(Integer.toString(y), lang),
                    period.kind() != Period.Kind.RANGE && y == shown));
        }
        int month = period.kind() == Period.Kind.MONTH ? JalaliDate.of(period.range().fromInclusive()).month() : 0;
        List<Option> months = new ArrayList<>();
        months.add(new Option("", words.get("period.wholeYear"), month == 0));
        for (int m = 1; m <= 12; m++) {
            months.add(new Option(Integer.toString(m), words.get("month." + m), m == month));
        }
        boolean range = period.kind() == Period.Kind.RANGE;
        String from = range ? Numerals.plain(JalaliDate.of(period.range().fromInclusive()).toString(), lang) : "";
        String to = range ? Numerals.plain(JalaliDate.of(period.lastDay()).toString(), lang) : "";
        return new PeriodForm(years, months, from, to, range);
    }

    /** "1404" or "Farvardin 1404" or a range, in the page's language and digits. */
    public String periodLabel() {
        return lang.persian() ? period.labelFa() : period.label();
    }

    public String previousLabel() {
        return previous == null ? "" : lang.persian() ? previous.labelFa() : previous.label();
    }

    public String periodDates() {
        return Numerals.plain(period.fromJalali() + " – " + period.toJalali(), lang);
    }

    public String periodIsoDates() {
        return period.from() + " – " + period.to();
    }

    public boolean rebuilding() {
        return !"LIVE".equals(state);
    }
}
