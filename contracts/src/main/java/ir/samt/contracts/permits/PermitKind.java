package ir.samt.contracts.permits;

/** The kind of licence: جواز تأسیس (establishment), پروانه بهره‌برداری (operating), پروانه کسب (guild). */
public enum PermitKind {
    ESTABLISHMENT, OPERATING, GUILD
}
