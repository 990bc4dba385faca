package ir.samt.units.unit;

/** The two guild groups of the Guild System Law (docs/units.md). */
public enum GuildGroup {
    /** تولیدی–خدمات فنی */
    PRODUCTION_TECHNICAL,
    /** توزیعی–خدماتی */
    DISTRIBUTION_SERVICES
}
