package ir.samt.units.estate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.platform.province.ValidProvince;

/** What an officer sends to register an industrial town or zone. */
@Schema(name = "RegisterEstateRequest", description = "Register an industrial town or zone (ثبت شهرک یا ناحیه صنعتی)")
public record RegisterEstateRequest(
        @NotBlank @Pattern(regexp = "IR-[0-9]{2}-[TZ][0-9]{2,3}", message = "must look like IR-25-T08 (T = town, Z = zone)")
        @Schema(example = "IR-25-T08") String code,
        @NotNull @Schema(example = "TOWN") EstateKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "شهرک صنعتی کهک") String nameFa,
        @Size(max = 200) @Schema(example = "Kahak Industrial Town") String nameEn,
        @NotBlank @ValidProvince @Schema(example = "IR-25") String province,
        @NotBlank @Size(max = 100) @Schema(example = "کهک") String county,
        @Schema(description = "The date the estate counts from (its founding, or when the province's industrial towns company "
                + "took it over): the effectiveDate of its ir.samt.estate.registered event, so periods since then show it in "
                + "the stock. ISO or Jalali; not in the future; defaults to the day of registration in Asia/Tehran",
                example = "1998-03-21") LocalDate establishedOn) {
}
