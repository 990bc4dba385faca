package ir.samt.permits.verification;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.samt.permits.permit.Permit;
import ir.samt.permits.permit.PermitKind;
import ir.samt.permits.permit.PermitStatus;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.province.Province;

/**
 * Public licence check, the way the national licensing portal lets anyone scan a licence's QR code:
 * the minimum a citizen needs, never the holder's name or ID.
 */
@Path("/verify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification", description = "استعلام عمومی اعتبار مجوز")
public class VerificationResource {

    public enum Verdict {
        VALID, EXPIRED, REVOKED, UNKNOWN
    }

    @Schema(name = "Verification")
    public record Verification(@Schema(example = "25-1404-000123") String licenceNumber, Verdict verdict,
            PermitKind kind, String province, String provinceName, LocalDate validUntil, String validUntilJalali) {
    }

    @Inject
    Clock clock;

    @GET
    @Path("/{licenceNumber}")
    @PermitAll
    @Operation(operationId = "verifyLicence", summary = "Check a licence by its number (public)",
            description = "Answers VALID, EXPIRED, REVOKED or UNKNOWN; Persian digits in the number are accepted.")
    public Verification verify(@PathParam("licenceNumber") String licenceNumber) {
        String number = PersianText.toAsciiDigits(licenceNumber.trim());
        Permit permit = number.matches("[0-9]{2}-[0-9]{4}-[0-9]{6}") ? Permit.findByLicenceNumber(number) : null;
        if (permit == null) {
            return new Verification(number, Verdict.UNKNOWN, null, null, null, null, null);
        }
        PermitStatus status = permit.statusOn(LocalDate.now(clock.withZone(Jalali.TEHRAN)));
        Verdict verdict = switch (status) {
            case ACTIVE -> Verdict.VALID;
            case EXPIRED -> Verdict.EXPIRED;
            case REVOKED -> Verdict.REVOKED;
        };
        return new Verification(permit.licenceNumber, verdict, permit.kind, permit.province,
                Province.byCode(permit.province).map(Province::persianName).orElse(null), permit.validUntil,
                permit.validUntil == null ? null : JalaliDate.of(permit.validUntil).toString());
    }
}
