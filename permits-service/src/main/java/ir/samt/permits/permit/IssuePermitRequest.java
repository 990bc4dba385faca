package ir.samt.permits.permit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.platform.ids.ValidHolderId;
import ir.samt.platform.province.ValidProvince;

/** What an officer sends to issue a licence. Text may use Arabic or Persian letters and digits. */
@Schema(name = "IssuePermitRequest", description = "Issue a licence (صدور مجوز)")
public record IssuePermitRequest(
        @NotNull @Schema(example = "OPERATING") PermitKind kind,
        @Schema(description = "NEW (ایجادی) or EXPANSION (توسعه‌ای); establishment and operating licences only",
                example = "NEW") PermitScope scope,
        @Schema(description = "TEMPORARY or PERMANENT; guild licences only", example = "PERMANENT") GuildTerm guildTerm,
        @NotNull @Valid Holder holder,
        @NotBlank @ValidProvince @Schema(example = "IR-25") String province,
        @NotBlank @Size(max = 100) @Schema(example = "قم") String county,
        @Pattern(regexp = "IR-[0-9]{2}-[TZ][0-9]{2,3}", message = "must look like IR-25-T01 (T = town, Z = zone)")
        @Schema(example = "IR-25-T01") String estateCode,
        UUID unitId,
        @NotBlank @Schema(description = "ISIC Rev.3 based activity/product code, 4 to 10 digits", example = "2520")
        String activityCode,
        @Size(max = 200) @Schema(example = "ظروف پلاستیکی") String product,
        @Valid Capacity capacity,
        @NotNull @PositiveOrZero @Max(MAX_INVESTMENT_RIALS)
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                description = "Fixed investment in rials, a string of digits", example = "660377358490")
        Long fixedInvestmentRials,
        @NotNull @Min(0) @Max(100_000) @Schema(example = "57") Integer jobs,
        @Schema(description = "ISO date; defaults to today in Asia/Tehran; not in the future", example = "2025-05-10")
        LocalDate issuedOn,
        @Schema(description = "Operating licences only: the establishment licence of the same holder, at 100 % physical"
                + " progress, this licence follows from; it is then marked completed")
        UUID establishmentPermitId,
        @Size(max = 100) @Schema(description = "The national licensing portal's unique licence ID (شناسه یکتا) or another"
                + " registry's key for this licence; unique: a second licence with it is a 409", example = "1403-25-0000123")
        String externalRef) {

    /** 10^16 rials (a quadrillion tomans): far beyond any single licence, so larger is a typo. */
    public static final long MAX_INVESTMENT_RIALS = 10_000_000_000_000_000L;

    @Schema(name = "Holder")
    public record Holder(
            @NotBlank @Size(max = 200) @Schema(example = "شرکت پلیمر البرز قم") String name,
            @NotBlank @ValidHolderId
            @Schema(description = "National code (10 digits) or legal-entity national ID (11 digits)", example = "10380284790")
            String nationalId) {
    }

    @Schema(name = "Capacity")
    public record Capacity(@NotNull @PositiveOrZero Long value, @NotBlank @Size(max = 50) @Schema(example = "تن در سال") String unit) {
    }
}
