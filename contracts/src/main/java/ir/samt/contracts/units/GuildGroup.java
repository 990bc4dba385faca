package ir.samt.contracts.units;

/** The two guild groups: تولیدی–خدمات فنی and توزیعی–خدماتی; guild units only. */
public enum GuildGroup {
    PRODUCTION_TECHNICAL, DISTRIBUTION_SERVICES
}
