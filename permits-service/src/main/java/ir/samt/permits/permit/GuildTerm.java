package ir.samt.permits.permit;

/** Guild licences are temporary (one year, not renewable) or permanent (five years). */
public enum GuildTerm {
    TEMPORARY, PERMANENT
}
