package ir.samt.scenario;

import java.util.List;
import java.util.Random;

/**
 * The industries the scenario spreads licences over, weighted the way Qom's economy leans: chemical
 * and polymer first, then footwear, home appliances, handmade carpet and silk, food, ceramics.
 */
record Industry(String name, String activityCode, String product, int weight) {

    static final List<Industry> QOM = List.of(
            new Industry("پلیمر", "2520", "ظروف و قطعات پلاستیکی", 22),
            new Industry("شیمی", "2411", "مواد شیمیایی پایه", 18),
            new Industry("کفش", "1920", "کفش ماشینی", 16),
            new Industry("لوازم خانگی", "2930", "ماشین لباسشویی و یخچال", 12),
            new Industry("فرش", "1722", "فرش دستباف", 10),
            new Industry("ابریشم", "1711", "نخ ابریشم", 6),
            new Industry("غذایی", "1549", "فرآورده‌های غذایی", 8),
            new Industry("کاشی", "2691", "کاشی و سرامیک", 8));

    static Industry pick(Random random) {
        int total = QOM.stream().mapToInt(Industry::weight).sum();
        int r = random.nextInt(total);
        for (Industry industry : QOM) {
            r -= industry.weight();
            if (r < 0) {
                return industry;
            }
        }
        return QOM.get(0);
    }
}
