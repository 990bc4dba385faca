package ir.samt.contracts.inspections;

/** A case file's state: referred to the Discretionary Penalties Organization, then ruled or closed without penalty. */
public enum CaseStatus {
    REFERRED, RULED, CLOSED
}
