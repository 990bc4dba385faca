package ir.samt.units.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.platform.ids.ValidHolderId;
import ir.samt.platform.province.ValidProvince;

@Schema(name = "UnregisteredUnit", description = "A unit not registered in units-service, named by name, address and national ID")
public record UnregisteredUnit(
        @NotBlank @Size(max = 200) @Schema(example = "سوپرمارکت نمونه") String name,
        @NotBlank @Size(max = 500) @Schema(example = "قم، خیابان صفائیه، پلاک ۱۲") String address,
        @NotBlank @ValidHolderId @Schema(description = "National code (10 digits) or legal-entity national ID (11 digits)",
                example = "0076229645") String nationalId,
        @NotBlank @ValidProvince @Schema(example = "IR-25") String province,
        @NotBlank @Size(max = 100) @Schema(example = "قم") String county,
        @Schema(description = "ISIC Rev.3 based activity code, 4 to 10 digits, when known", example = "5211") String activityCode) {
}
