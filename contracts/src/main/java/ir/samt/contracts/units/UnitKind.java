package ir.samt.contracts.units;

/** Industrial units (in an industrial town or zone, or outside) and guild units (واحد صنفی). */
public enum UnitKind {
    INDUSTRIAL, GUILD
}
