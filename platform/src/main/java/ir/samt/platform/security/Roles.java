package ir.samt.platform.security;

/** Role names carried in the JWT {@code groups} claim (README.md "Trying it", docs/operations.md "Identity provider"). */
public final class Roles {
    public static final String PERMITS_OFFICER = "permits-officer";
    public static final String PERMITS_READER = "permits-reader";
    public static final String UNITS_OFFICER = "units-officer";
    public static final String UNITS_READER = "units-reader";
    public static final String STATS_READER = "stats-reader";
    public static final String STATS_ADMIN = "stats-admin";
    /** Records inspection visits and case files in the province of its {@code province} claim (docs/inspections.md). */
    public static final String INSPECTIONS_OFFICER = "inspections-officer";
    public static final String INSPECTIONS_READER = "inspections-reader";

    private Roles() {
    }
}
