package ir.samt.permits.permit;

public enum PermitStatus {
    ACTIVE, EXPIRED, REVOKED
}
