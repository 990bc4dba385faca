package ir.samt.permits.permit;

/** Shared request helpers for tests in other packages (PermitRequests itself stays package-private). */
public final class PermitRequestsAccess {

    private PermitRequestsAccess() {
    }

    /** A valid operating licence in Qom (town IR-25-T01); tests change one field at a time. */
    public static java.util.Map<String, Object> operatingLicence() {
        return PermitRequests.operatingLicence();
    }

    /** Issues the standard operating licence with {@code idempotencyKey}; returns the licence id answered. */
    public static String operatingLicenceAsQomOfficer(String idempotencyKey) {
        return PermitRequests.as(PermitRequests.QOM_OFFICER).header("Idempotency-Key", idempotencyKey)
                .body(PermitRequests.operatingLicence()).when().post("/permits")
                .then().statusCode(201).extract().path("id");
    }
}
