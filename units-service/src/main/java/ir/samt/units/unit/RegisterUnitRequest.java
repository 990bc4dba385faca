package ir.samt.units.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.platform.ids.ValidHolderId;
import ir.samt.platform.province.ValidProvince;

/**
 * What an officer sends to register a unit, and what each row of a bulk import becomes. Text may
 * use Arabic or Persian letters and digits. {@link UnitRules} holds the checks that span fields.
 */
@Schema(name = "RegisterUnitRequest", description = "Register an industrial or guild unit (ثبت واحد صنعتی یا صنفی)")
public record RegisterUnitRequest(
        @NotNull @Schema(example = "GUILD") UnitKind kind,
        @Schema(description = "Guild units only: PRODUCTION_TECHNICAL (تولیدی–خدمات فنی) or DISTRIBUTION_SERVICES (توزیعی–خدماتی)",
                example = "PRODUCTION_TECHNICAL") GuildGroup guildGroup,
        @NotBlank @Size(max = 200) @Schema(example = "کفش‌دوزی ماشینی یاس قم") String name,
        @NotBlank @ValidHolderId
        @Schema(description = "National code (10 digits) or legal-entity national ID (11 digits) of the holder",
                example = "0076229645") String nationalId,
        @NotBlank @ValidProvince @Schema(example = "IR-25") String province,
        @NotBlank @Size(max = 100) @Schema(example = "قم") String county,
        @Schema(description = "Industrial town or zone, if the unit is in one; must exist in the same province",
                example = "IR-25-T01") String estateCode,
        @NotBlank @Schema(description = "ISIC Rev.3 based activity/product code, 4 to 10 digits", example = "1920")
        String activityCode,
        @NotNull @Min(0) @Max(100_000) @Schema(example = "12") Integer employees,
        @Schema(description = "The licence that covers the unit, e.g. its guild or operating licence", example = "25-1404-000123")
        String licenceNumber,
        @Schema(description = "ISO date of registration; defaults to today in Asia/Tehran; not in the future", example = "2025-05-10")
        LocalDate registeredOn,
        @Size(max = 100)
        @Schema(description = "The unit's key in the registry it comes from (bulk imports); unique", example = "QOM-GUILD-000123")
        String externalRef) {
}
