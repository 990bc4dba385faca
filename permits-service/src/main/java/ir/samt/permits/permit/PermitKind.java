package ir.samt.permits.permit;

import java.time.Period;

/** The three licences a provincial SAMT organisation issues (domain.md §3). */
public enum PermitKind {
    /** جواز تأسیس — what the seed article calls an investment licence; one year, renewable twice. */
    ESTABLISHMENT,
    /** پروانه بهره‌برداری — granted after trial production; it has no expiry date. */
    OPERATING,
    /** پروانه کسب — guild licence, temporary (one year, once) or permanent (five years). */
    GUILD;

    public static final int MAX_ESTABLISHMENT_RENEWALS = 2;

    /** How long a licence runs from its issue or renewal; null for a licence that does not expire. */
    public Period term(GuildTerm guildTerm) {
        return switch (this) {
            case ESTABLISHMENT -> Period.ofYears(1);
            case OPERATING -> null;
            case GUILD -> guildTerm == GuildTerm.PERMANENT ? Period.ofYears(5) : Period.ofYears(1);
        };
    }
}
