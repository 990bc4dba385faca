package ir.samt.units.unit;

import java.time.LocalDate;
import java.util.UUID;

import ir.samt.platform.ids.HolderId;
import ir.samt.platform.ids.TimeOrderedIds;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;

/**
 * A registration that passed validation, normalised for storage (Persian letters, ASCII digits,
 * upper-case codes): what the single POST turns into an entity and the import writes in batches.
 */
public record UnitDraft(UUID id, String externalRef, UnitKind kind, GuildGroup guildGroup, String name, String nameKey,
        String holderId, HolderId.Kind holderIdKind, String province, String county, String estateCode, String activityCode,
        String sector, int employees, String licenceNumber, LocalDate registeredOn) {

    /** {@code request} must have passed bean validation and {@link UnitRules#check}. */
    public static UnitDraft of(RegisterUnitRequest request, LocalDate today) {
        HolderId holder = HolderId.parse(request.nationalId()).orElseThrow();
        String name = PersianText.normalize(request.name());
        String estate = UnitRules.blankToNull(request.estateCode());
        String activityCode = PersianText.toAsciiDigits(request.activityCode()).strip();
        return new UnitDraft(TimeOrderedIds.next(), UnitRules.blankToNull(request.externalRef()), request.kind(),
                request.kind() == UnitKind.GUILD ? request.guildGroup() : null,
                name, PersianText.searchKey(name), holder.value(), holder.kind(),
                Province.byCode(request.province()).orElseThrow().code(), PersianText.normalize(request.county()),
                estate == null ? null : estate.toUpperCase(), activityCode,
                Sector.ofActivityCode(activityCode).orElseThrow().code(), request.employees(),
                UnitRules.licenceNumber(request.licenceNumber()),
                request.registeredOn() == null ? today : request.registeredOn());
    }
}
