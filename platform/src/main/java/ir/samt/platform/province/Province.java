package ir.samt.platform.province;

import ir.samt.platform.persian.PersianText;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Iran's 31 provinces with their CURRENT ISO 3166-2:IR codes (renumbered on 2020-11-24).
 *
 * <p>Beware: old and new codes overlap. IR-25 used to be Yazd and is now Qom; libraries such as
 * nv-i18n still use the old numbering, so never map codes through them.
 */
public enum Province {
    IR_00("IR-00", "مرکزی", "Markazi"),
    IR_01("IR-01", "گیلان", "Gilan"),
    IR_02("IR-02", "مازندران", "Mazandaran"),
    IR_03("IR-03", "آذربایجان شرقی", "East Azerbaijan"),
    IR_04("IR-04", "آذربایجان غربی", "West Azerbaijan"),
    IR_05("IR-05", "کرمانشاه", "Kermanshah"),
    IR_06("IR-06", "خوزستان", "Khuzestan"),
    IR_07("IR-07", "فارس", "Fars"),
    IR_08("IR-08", "کرمان", "Kerman"),
    IR_09("IR-09", "خراسان رضوی", "Razavi Khorasan"),
    IR_10("IR-10", "اصفهان", "Isfahan"),
    IR_11("IR-11", "سیستان و بلوچستان", "Sistan and Baluchestan"),
    IR_12("IR-12", "کردستان", "Kurdistan"),
    IR_13("IR-13", "همدان", "Hamadan"),
    IR_14("IR-14", "چهارمحال و بختیاری", "Chaharmahal and Bakhtiari"),
    IR_15("IR-15", "لرستان", "Lorestan"),
    IR_16("IR-16", "ایلام", "Ilam"),
    IR_17("IR-17", "کهگیلویه و بویراحمد", "Kohgiluyeh and Boyer-Ahmad"),
    IR_18("IR-18", "بوشهر", "Bushehr"),
    IR_19("IR-19", "زنجان", "Zanjan"),
    IR_20("IR-20", "سمنان", "Semnan"),
    IR_21("IR-21", "یزد", "Yazd"),
    IR_22("IR-22", "هرمزگان", "Hormozgan"),
    IR_23("IR-23", "تهران", "Tehran"),
    IR_24("IR-24", "اردبیل", "Ardabil"),
    IR_25("IR-25", "قم", "Qom"),
    IR_26("IR-26", "قزوین", "Qazvin"),
    IR_27("IR-27", "گلستان", "Golestan"),
    IR_28("IR-28", "خراسان شمالی", "North Khorasan"),
    IR_29("IR-29", "خراسان جنوبی", "South Khorasan"),
    IR_30("IR-30", "البرز", "Alborz");

    private static final Map<String, Province> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Province::code, Function.identity()));

    private final String code;
    private final String persianName;
    private final String englishName;

    Province(String code, String persianName, String englishName) {
        this.code = code;
        this.persianName = persianName;
        this.englishName = englishName;
    }

    /** The ISO 3166-2 code, e.g. "IR-25". */
    public String code() {
        return code;
    }

    public String persianName() {
        return persianName;
    }

    public String englishName() {
        return englishName;
    }

    /**
     * Looks up a province by its current ISO code, ignoring case, surrounding spaces and
     * Persian/Arabic digits ("ir-۲۵" finds Qom).
     */
    public static Optional<Province> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = PersianText.toAsciiDigits(code).strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(BY_CODE.get(key));
    }
}
