package ir.samt.units.estate;

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
        @NotBlank @Size(max = 100) @Schema(example = "کهک") String county) {
}
