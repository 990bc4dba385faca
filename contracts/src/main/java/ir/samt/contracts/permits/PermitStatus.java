package ir.samt.contracts.permits;

/** A licence's status after ({@code status}) and before ({@code previousStatus}) the change. */
public enum PermitStatus {
    ACTIVE, EXPIRED, REVOKED
}
