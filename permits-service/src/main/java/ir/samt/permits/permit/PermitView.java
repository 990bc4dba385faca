package ir.samt.permits.permit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.money.Money;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;

/** A licence as officers and other systems read it: ISO dates with their Jalali rendering beside them. */
@Schema(name = "Permit")
public record PermitView(
        UUID id,
        @Schema(example = "25-1404-000123") String licenceNumber,
        @Schema(description = "The national licensing portal's unique licence ID (شناسه یکتا) or the key of the registry"
                + " the licence was imported from; absent when none was given", example = "1403-25-0000123")
        @JsonInclude(JsonInclude.Include.NON_NULL) String externalRef,
        PermitKind kind,
        PermitScope scope,
        GuildTerm guildTerm,
        HolderView holder,
        @Schema(example = "IR-25") String province,
        @Schema(example = "قم") String provinceName,
        String county,
        String estateCode,
        UUID unitId,
        String activityCode,
        SectorView sector,
        String product,
        IssuePermitRequest.Capacity capacity,
        Money fixedInvestment,
        int jobs,
        LocalDate issuedOn,
        @Schema(example = "1404/02/20") String issuedOnJalali,
        LocalDate validUntil,
        String validUntilJalali,
        PermitStatus status,
        int renewals,
        String revocationReason,
        OffsetDateTime updatedAt,
        long version,
        @Schema(description = "Establishment licences: the latest reported physical progress in percent", example = "65")
        Integer progressPercent,
        @Schema(description = "Establishment licences: the visit date of the latest progress report")
        LocalDate progressVisitDate,
        @Schema(description = "Operating licences: the establishment licence this one follows from")
        UUID establishmentPermitId,
        @Schema(description = "Establishment licences: the operating licence issued when the project was complete")
        UUID completedByPermitId) {

    public record HolderView(String name, String nationalId, String idKind) {
    }

    public record SectorView(String code, String name, String persianName) {
    }

    public static PermitView of(Permit p) {
        Sector sector = Sector.ofActivityCode(p.activityCode).orElse(null);
        return new PermitView(p.id, p.licenceNumber, p.externalRef, p.kind, p.scope, p.guildTerm,
                new HolderView(p.holderName, p.holderId, p.holderIdKind.name()),
                p.province, Province.byCode(p.province).map(Province::persianName).orElse(null),
                p.county, p.estateCode, p.unitId, p.activityCode,
                sector == null ? new SectorView(p.sector, null, null)
                        : new SectorView(sector.code(), sector.englishName(), sector.persianName()),
                p.product,
                p.capacityValue == null ? null : new IssuePermitRequest.Capacity(p.capacityValue, p.capacityUnit),
                Money.of(p.fixedInvestmentRials), p.jobs,
                p.issuedOn, JalaliDate.of(p.issuedOn).toString(),
                p.validUntil, p.validUntil == null ? null : JalaliDate.of(p.validUntil).toString(),
                p.status, p.renewals, p.revocationReason, p.updatedAt, p.changeNumber(),
                p.progressPercent, p.progressVisitDate, p.establishmentPermitId, p.completedByPermitId);
    }
}
