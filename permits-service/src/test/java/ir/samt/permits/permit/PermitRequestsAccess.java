package ir.samt.permits.permit;

/** Shared request helpers for tests in other packages (PermitRequests itself stays package-private). */
public final class PermitRequestsAccess {

    private PermitRequestsAccess() {
    }

    /** Issues the standard operating licence with {@code idempotencyKey}; returns the licence id answered. */
    public static String operatingLicenceAsQomOfficer(String idempotencyKey) {
        return PermitRequests.as(PermitRequests.QOM_OFFICER).header("Idempotency-Key", idempotencyKey)
                .body(PermitRequests.operatingLicence()).when().post("/permits")
                .then().statusCode(201).extract().path("id");
    }
}
