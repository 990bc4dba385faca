package ir.samt.units.inspection;

import java.time.LocalDate;
import java.util.List;

import ir.samt.platform.calendar.JalaliDate;

public record CampaignView(String code, String nameFa, String nameEn, String province, LocalDate startsOn,
        LocalDate endsOn, String startsOnJalali, String endsOnJalali, List<String> priorityGoods) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.code, c.nameFa, c.nameEn, c.province, c.startsOn, c.endsOn,
                JalaliDate.of(c.startsOn).toString(), JalaliDate.of(c.endsOn).toString(), List.copyOf(c.priorityGoods));
    }
}
