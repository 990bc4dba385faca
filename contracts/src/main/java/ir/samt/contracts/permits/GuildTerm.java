package ir.samt.contracts.permits;

/** Temporary or permanent; guild licences only. */
public enum GuildTerm {
    TEMPORARY, PERMANENT
}
