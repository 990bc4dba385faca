package ir.samt.platform.sector;

import ir.samt.platform.persian.PersianText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The economic sector of an activity: its ISIC Rev.3 division.
 *
 * <p>behinyab.ir product/activity codes are up to 10 digits whose first 4 follow ISIC Rev.3, and
 * the first 2 digits are the ISIC division; that division is what ministry statistics group by.
 * The table holds the Rev.3 divisions; 95–97 use the Rev.3.1 wording (96 and 97 were added there).
 * Examples: 1722 (carpets) is division 17, 2930 (domestic appliances, e.g. washing machines) is 29,
 * 1920 (footwear) is 19.
 *
 * @param code        the 2-digit ISIC Rev.3 division, e.g. "24"
 * @param englishName the ISIC Rev.3 title
 * @param persianName the Persian title (Persian yeh U+06CC and keheh U+06A9 only)
 */
public record Sector(String code, String englishName, String persianName) {

    private static final Map<String, Sector> DIVISIONS = new LinkedHashMap<>();

    static {
        add("01", "Agriculture, hunting and related service activities",
                "زراعت، دامپروری، شکار و فعالیت‌های خدماتی وابسته");
        add("02", "Forestry, logging and related service activities",
                "جنگلداری، بهره‌برداری از جنگل و فعالیت‌های خدماتی وابسته");
        add("05", "Fishing, operation of fish hatcheries and fish farms; service activities incidental to fishing",
                "ماهیگیری، پرورش ماهی و فعالیت‌های خدماتی وابسته به ماهیگیری");
        add("10", "Mining of coal and lignite; extraction of peat",
                "استخراج زغال‌سنگ و لیگنیت؛ استخراج تورب");
        add("11", "Extraction of crude petroleum and natural gas; service activities incidental to oil and gas"
                        + " extraction excluding surveying",
                "استخراج نفت خام و گاز طبیعی؛ فعالیت‌های خدماتی وابسته به استخراج نفت و گاز به جز اکتشاف");
        add("12", "Mining of uranium and thorium ores", "استخراج کانه‌های اورانیوم و توریوم");
        add("13", "Mining of metal ores", "استخراج کانه‌های فلزی");
        add("14", "Other mining and quarrying", "استخراج سایر معادن");
        add("15", "Manufacture of food products and beverages", "ساخت محصولات غذایی و انواع آشامیدنی‌ها");
        add("16", "Manufacture of tobacco products", "ساخت محصولات از توتون و تنباکو");
        add("17", "Manufacture of textiles", "ساخت منسوجات");
        add("18", "Manufacture of wearing apparel; dressing and dyeing of fur",
                "ساخت پوشاک؛ عمل آوردن و رنگ کردن پوست خزدار");
        add("19", "Tanning and dressing of leather; manufacture of luggage, handbags, saddlery, harness and footwear",
                "دباغی و عمل آوردن چرم و ساخت کیف، چمدان و کفش");
        add("20", "Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles"
                        + " of straw and plaiting materials",
                "ساخت چوب و محصولات چوبی و چوب‌پنبه به جز مبلمان؛ ساخت کالاهای حصیری و مواد قابل بافتن");
        add("21", "Manufacture of paper and paper products", "ساخت کاغذ و محصولات کاغذی");
        add("22", "Publishing, printing and reproduction of recorded media",
                "انتشار، چاپ و تکثیر رسانه‌های ضبط‌شده");
        add("23", "Manufacture of coke, refined petroleum products and nuclear fuel",
                "ساخت کک، فراورده‌های حاصل از پالایش نفت و سوخت‌های هسته‌ای");
        add("24", "Manufacture of chemicals and chemical products", "ساخت مواد و محصولات شیمیایی");
        add("25", "Manufacture of rubber and plastics products", "ساخت محصولات لاستیکی و پلاستیکی");
        add("26", "Manufacture of other non-metallic mineral products", "ساخت سایر محصولات کانی غیرفلزی");
        add("27", "Manufacture of basic metals", "ساخت فلزات اساسی");
        add("28", "Manufacture of fabricated metal products, except machinery and equipment",
                "ساخت محصولات فلزی فابریکی به جز ماشین‌آلات و تجهیزات");
        add("29", "Manufacture of machinery and equipment n.e.c.",
                "ساخت ماشین‌آلات و تجهیزات طبقه‌بندی‌نشده در جای دیگر");
        add("30", "Manufacture of office, accounting and computing machinery",
                "ساخت ماشین‌آلات اداری، حسابداری و محاسباتی");
        add("31", "Manufacture of electrical machinery and apparatus n.e.c.",
                "ساخت ماشین‌آلات و دستگاه‌های برقی طبقه‌بندی‌نشده در جای دیگر");
        add("32", "Manufacture of radio, television and communication equipment and apparatus",
                "ساخت رادیو، تلویزیون و دستگاه‌ها و وسایل ارتباطی");
        add("33", "Manufacture of medical, precision and optical instruments, watches and clocks",
                "ساخت ابزار پزشکی، ابزار دقیق و اپتیکی و انواع ساعت");
        add("34", "Manufacture of motor vehicles, trailers and semi-trailers",
                "ساخت وسایل نقلیه موتوری، تریلر و نیم‌تریلر");
        add("35", "Manufacture of other transport equipment", "ساخت سایر وسایل حمل و نقل");
        add("36", "Manufacture of furniture; manufacturing n.e.c.",
                "ساخت مبلمان؛ ساخت مصنوعات طبقه‌بندی‌نشده در جای دیگر");
        add("37", "Recycling", "بازیافت");
        add("40", "Electricity, gas, steam and hot water supply", "تأمین برق، گاز، بخار و آب گرم");
        add("41", "Collection, purification and distribution of water", "جمع‌آوری، تصفیه و توزیع آب");
        add("45", "Construction", "ساختمان");
        add("50", "Sale, maintenance and repair of motor vehicles and motorcycles; retail sale of automotive fuel",
                "فروش، نگهداری و تعمیر وسایل نقلیه موتوری و موتورسیکلت؛ خرده‌فروشی سوخت خودرو");
        add("51", "Wholesale trade and commission trade, except of motor vehicles and motorcycles",
                "عمده‌فروشی و حق‌العمل‌کاری به جز وسایل نقلیه موتوری و موتورسیکلت");
        add("52", "Retail trade, except of motor vehicles and motorcycles; repair of personal and household goods",
                "خرده‌فروشی به جز وسایل نقلیه موتوری و موتورسیکلت؛ تعمیر کالاهای شخصی و خانگی");
        add("55", "Hotels and restaurants", "هتل و رستوران");
        add("60", "Land transport; transport via pipelines", "حمل و نقل زمینی؛ حمل و نقل از طریق خطوط لوله");
        add("61", "Water transport", "حمل و نقل آبی");
        add("62", "Air transport", "حمل و نقل هوایی");
        add("63", "Supporting and auxiliary transport activities; activities of travel agencies",
                "فعالیت‌های پشتیبانی و جانبی حمل و نقل؛ فعالیت‌های آژانس‌های مسافرتی");
        add("64", "Post and telecommunications", "پست و مخابرات");
        add("65", "Financial intermediation, except insurance and pension funding",
                "واسطه‌گری‌های مالی به جز بیمه و صندوق‌های بازنشستگی");
        add("66", "Insurance and pension funding, except compulsory social security",
                "بیمه و صندوق‌های بازنشستگی به جز تأمین اجتماعی اجباری");
        add("67", "Activities auxiliary to financial intermediation", "فعالیت‌های جنبی واسطه‌گری‌های مالی");
        add("70", "Real estate activities", "فعالیت‌های مربوط به املاک و مستغلات");
        add("71", "Renting of machinery and equipment without operator and of personal and household goods",
                "اجاره ماشین‌آلات و تجهیزات بدون اپراتور و اجاره کالاهای شخصی و خانگی");
        add("72", "Computer and related activities", "رایانه و فعالیت‌های وابسته");
        add("73", "Research and development", "تحقیق و توسعه");
        add("74", "Other business activities", "سایر فعالیت‌های کسب و کار");
        add("75", "Public administration and defence; compulsory social security",
                "اداره امور عمومی و دفاع؛ تأمین اجتماعی اجباری");
        add("80", "Education", "آموزش");
        add("85", "Health and social work", "بهداشت و مددکاری اجتماعی");
        add("90", "Sewage and refuse disposal, sanitation and similar activities",
                "دفع فاضلاب و زباله، بهداشت محیط و فعالیت‌های مشابه");
        add("91", "Activities of membership organizations n.e.c.",
                "فعالیت‌های سازمان‌های عضوپذیر طبقه‌بندی‌نشده در جای دیگر");
        add("92", "Recreational, cultural and sporting activities", "فعالیت‌های تفریحی، فرهنگی و ورزشی");
        add("93", "Other service activities", "سایر فعالیت‌های خدماتی");
        add("95", "Activities of private households as employers of domestic staff",
                "فعالیت‌های خانوارها به عنوان کارفرمای کارکنان خانگی");
        add("96", "Undifferentiated goods-producing activities of private households for own use",
                "فعالیت‌های تفکیک‌نشده تولید کالا توسط خانوارها برای مصرف خود");
        add("97", "Undifferentiated service-producing activities of private households for own use",
                "فعالیت‌های تفکیک‌نشده تولید خدمات توسط خانوارها برای مصرف خود");
        add("99", "Extra-territorial organizations and bodies", "سازمان‌ها و هیئت‌های برون‌مرزی");
    }

    private static final List<Sector> ALL = List.copyOf(DIVISIONS.values());

    public Sector {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(persianName, "persianName");
    }

    private static void add(String code, String englishName, String persianName) {
        DIVISIONS.put(code, new Sector(code, englishName, persianName));
    }

    /**
     * The sector of an activity/product code of 4 to 10 digits (ASCII or Persian/Arabic,
     * surrounding spaces ignored), e.g. "1722" (carpets) → division 17.
     *
     * @return the sector, or empty if the code is malformed or its division does not exist
     */
    public static Optional<Sector> ofActivityCode(String activityCode) {
        String digits = cleanCode(activityCode);
        return digits == null ? Optional.empty() : Optional.ofNullable(DIVISIONS.get(digits.substring(0, 2)));
    }

    /** True if the code has 4 to 10 digits and starts with an existing ISIC Rev.3 division. */
    public static boolean isValidActivityCode(String activityCode) {
        return ofActivityCode(activityCode).isPresent();
    }

    /** All divisions in code order. */
    public static List<Sector> all() {
        return ALL;
    }

    private static String cleanCode(String raw) {
        if (raw == null) {
            return null;
        }
        String s = PersianText.toAsciiDigits(raw).strip();
        if (s.length() < 4 || s.length() > 10) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return s;
    }
}
