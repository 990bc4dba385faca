package ir.samt.units.unit;

/** The two guild groups of the Guild System Law (domain.md §3). */
public enum GuildGroup {
    /** تولیدی–خدمات فنی */
    PRODUCTION_TECHNICAL,
    /** توزیعی–خدماتی */
    DISTRIBUTION_SERVICES
}
