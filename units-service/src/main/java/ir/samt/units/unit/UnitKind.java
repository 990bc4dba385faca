package ir.samt.units.unit;

/** Industrial units (in a town/zone or outside) and guild units (واحد صنفی). */
public enum UnitKind {
    INDUSTRIAL, GUILD
}
