package ir.samt.contracts.units;

/** A unit's status after ({@code status}) and before ({@code previousStatus}) the change. */
public enum UnitStatus {
    ACTIVE, STAGNANT, CLOSED
}
