package ir.samt.units.unit;

/** ACTIVE ⇄ STAGNANT (راکد), either → CLOSED; CLOSED is final. */
public enum UnitStatus {
    ACTIVE, STAGNANT, CLOSED
}
