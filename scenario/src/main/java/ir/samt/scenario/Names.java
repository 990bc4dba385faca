package ir.samt.scenario;

import java.util.List;
import java.util.Random;

import ir.samt.platform.ids.LegalEntityId;
import ir.samt.platform.ids.NationalCode;

/** Realistic, varied Persian names and identifiers with valid check digits. */
final class Names {

    private static final List<String> BRANDS = List.of("البرز", "ثامن", "نوین", "پارس", "سپهر", "کوثر", "آریا", "مهر",
            "فجر", "تابان", "ایرانیان", "پویا", "سینا", "رضوان", "کیمیا", "آسیا", "نگین", "صدرا", "بهاران", "امید");
    private static final List<String> GUILD_TRADES = List.of("فروشگاه", "تعمیرگاه", "نانوایی", "خیاطی", "کفاشی",
            "لوازم خانگی", "پوشاک", "سوپرمارکت", "آهن‌فروشی", "فرش‌فروشی", "داروخانه", "چاپخانه", "قنادی", "عطاری");

    private Names() {
    }

    static String company(String industry, Random random) {
        return "شرکت " + industry + " " + pick(BRANDS, random) + " " + (random.nextInt(40) + 1);
    }

    static String guildUnit(Random random) {
        return pick(GUILD_TRADES, random) + " " + pick(BRANDS, random) + " " + (random.nextInt(9000) + 100);
    }

    static String legalEntityId(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder("10");
            for (int i = 0; i < 9; i++) {
                digits.append(random.nextInt(10));
            }
            if (LegalEntityId.isValid(digits.toString())) {
                return digits.toString();
            }
        }
    }

    static String nationalCode(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder("03");
            for (int i = 0; i < 8; i++) {
                digits.append(random.nextInt(10));
            }
            if (NationalCode.isValid(digits.toString())) {
                return digits.toString();
            }
        }
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
