package ir.samt.stats.dashboard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Numbers as people read them: Persian digits and the Persian thousands separator (U+066C) in
 * Persian, ASCII digits and commas in English (ICU's locale data, not our own tables). Money is shown
 * in billions of tomans, the unit a director quotes ("14,000 bn tomans"); the exact rials stay in the
 * tables, the downloads and the cards' titles.
 */
public final class Numerals {

    private static final BigDecimal RIALS_PER_BILLION_TOMANS = BigDecimal.TEN.pow(10);

    private Numerals() {
    }

    private static NumberFormat format(Lang lang, int fractionDigits) {
        // ICU formats are not thread-safe: one per call is cheap next to rendering a page
        NumberFormat format = NumberFormat.getInstance(ULocale.forLanguageTag(lang.tag()));
        format.setMaximumFractionDigits(fractionDigits);
        format.setMinimumFractionDigits(0);
        format.setGroupingUsed(true);
        return format;
    }

    public static String count(BigInteger value, Lang lang) {
        return format(lang, 0).format(value);
    }

    /** Digits only, no grouping (years, day numbers) in the page's script. */
    public static String plain(String ascii, Lang lang) {
        return lang.persian() ? ir.samt.platform.persian.PersianText.toPersianDigits(ascii) : ascii;
    }

    /** Billions of tomans, one decimal at most: 140000000000000 rials → "۱۴٬۰۰۰". */
    public static String billionTomans(BigInteger rials, Lang lang) {
        BigDecimal billions = new BigDecimal(rials).divide(RIALS_PER_BILLION_TOMANS, 1, RoundingMode.HALF_EVEN);
        return format(lang, 1).format(billions);
    }

    /** Exact tomans with grouping, for titles: "۱۴٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰". */
    public static String exactTomans(BigInteger rials, Lang lang) {
        return format(lang, 1).format(new BigDecimal(rials).movePointLeft(1));
    }
}
