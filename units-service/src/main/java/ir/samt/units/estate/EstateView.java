package ir.samt.units.estate;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.province.Province;

@Schema(name = "Estate")
public record EstateView(
        @Schema(example = "IR-25-T01") String code,
        EstateKind kind,
        @Schema(example = "شهرک صنعتی شکوهیه") String nameFa,
        @Schema(example = "Shokouhieh Industrial Town") String nameEn,
        @Schema(example = "IR-25") String province,
        @Schema(example = "قم") String provinceName,
        @Schema(example = "قم") String county,
        @Schema(example = "1404/06/11") String registeredOnJalali,
        @Schema(description = "The date the estate counts from; null for estates registered before it was recorded",
                example = "1998-03-21") LocalDate establishedOn,
        @Schema(example = "1377/01/01") String establishedOnJalali) {

    public static EstateView of(Estate e) {
        return new EstateView(e.code, e.kind, e.nameFa, e.nameEn, e.province,
                Province.byCode(e.province).map(Province::persianName).orElse(null), e.county,
                JalaliDate.of(e.createdAt.atZoneSameInstant(Jalali.TEHRAN).toLocalDate()).toString(), e.establishedOn,
                e.establishedOn == null ? null : JalaliDate.of(e.establishedOn).toString());
    }
}
