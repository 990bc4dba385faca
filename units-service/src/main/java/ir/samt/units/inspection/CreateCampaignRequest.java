package ir.samt.units.inspection;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateCampaignRequest", description = "A supervision campaign (طرح نظارتی ویژه): a named, dated window with priority goods")
public record CreateCampaignRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,15}", message = "must be 2 to 16 capital letters, digits or dashes")
        @Schema(description = "Short code, unique", example = "QOM-WAR-1404") String code,
        @NotBlank @Size(max = 200) @Schema(example = "نظارت ویژه ایام جنگ دوازده‌روزه") String nameFa,
        @Size(max = 200) @Schema(example = "12-day war special supervision") String nameEn,
        @NotBlank @Schema(description = "A province code, or IR for a national campaign", example = "IR-25") String province,
        @NotNull @Schema(description = "First day, inclusive", example = "2025-06-13") LocalDate startsOn,
        @NotNull @Schema(description = "Last day, inclusive", example = "2025-06-24") LocalDate endsOn,
        @NotNull @Size(max = 50) @Schema(description = "Priority goods", example = "[\"تخم‌مرغ\", \"مرغ\", \"روغن خوراکی\"]")
        List<@NotBlank @Size(max = 100) String> priorityGoods) {
}
