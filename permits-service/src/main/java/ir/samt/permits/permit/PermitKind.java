package ir.samt.permits.permit;

import java.time.LocalDate;

import ir.samt.platform.calendar.Jalali;

/** The three licences a provincial SAMT organisation issues (docs/permits.md). */
public enum PermitKind {
    /** جواز تأسیس — what the seed article calls an investment licence; one year, renewable twice. */
    ESTABLISHMENT,
    /** پروانه بهره‌برداری — granted after trial production; it has no expiry date. */
    OPERATING,
    /** پروانه کسب — guild licence, temporary (one year, once) or permanent (five years). */
    GUILD;

    public static final int MAX_ESTABLISHMENT_RENEWALS = 2;

    /**
     * How many Jalali years a licence runs from its issue or renewal; null for a licence that does not
     * expire. Jalali, not Gregorian, years: the organisation counts terms from anniversary to
     * anniversary in its own calendar (see {@link Jalali#plusYears}).
     */
    public Integer termYears(GuildTerm guildTerm) {
        return switch (this) {
            case ESTABLISHMENT -> 1;
            case OPERATING -> null;
            case GUILD -> guildTerm == GuildTerm.PERMANENT ? 5 : 1;
        };
    }

    /** The last valid day of a term that starts on {@code from}; null for a licence that does not expire. */
    public LocalDate validUntil(LocalDate from, GuildTerm guildTerm) {
        Integer years = termYears(guildTerm);
        return years == null ? null : Jalali.plusYears(from, years);
    }
}
