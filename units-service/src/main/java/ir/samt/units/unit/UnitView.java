package ir.samt.units.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;

/** A unit as officers and other systems read it: ISO dates with their Jalali rendering beside them. */
@Schema(name = "Unit")
public record UnitView(
        UUID id,
        @Schema(example = "QOM-GUILD-000123") String externalRef,
        UnitKind kind,
        GuildGroup guildGroup,
        @Schema(example = "کفش‌دوزی ماشینی یاس قم") String name,
        HolderView holder,
        @Schema(example = "IR-25") String province,
        @Schema(example = "قم") String provinceName,
        @Schema(example = "قم") String county,
        @Schema(example = "IR-25-T01") String estateCode,
        @Schema(example = "1920") String activityCode,
        SectorView sector,
        int employees,
        @Schema(example = "25-1404-000123") String licenceNumber,
        UnitStatus status,
        LocalDate statusSince,
        @Schema(example = "1404/02/20") String statusSinceJalali,
        List<StagnationReason> stagnationReasons,
        LocalDate registeredOn,
        @Schema(example = "1404/02/20") String registeredOnJalali,
        OffsetDateTime updatedAt,
        @Schema(description = "Changes so far, counted from 1 as in the events") long version) {

    public record HolderView(String nationalId, String idKind) {
    }

    public record SectorView(String code, String name, String persianName) {
    }

    public static UnitView of(Unit u) {
        Sector sector = Sector.ofActivityCode(u.activityCode).orElse(null);
        return new UnitView(u.id, u.externalRef, u.kind, u.guildGroup, u.name,
                new HolderView(u.holderId, u.holderIdKind.name()),
                u.province, Province.byCode(u.province).map(Province::persianName).orElse(null),
                u.county, u.estateCode, u.activityCode,
                sector == null ? new SectorView(u.sector, null, null)
                        : new SectorView(sector.code(), sector.englishName(), sector.persianName()),
                u.employees, u.licenceNumber, u.status,
                u.statusSince, JalaliDate.of(u.statusSince).toString(),
                u.stagnationReasons.stream().sorted().toList(),
                u.registeredOn, JalaliDate.of(u.registeredOn).toString(), u.updatedAt, u.changeNumber());
    }
}
