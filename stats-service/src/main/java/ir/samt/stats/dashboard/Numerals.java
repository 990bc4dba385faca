package ir.samt.stats.dashboard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;

/**
 * Numbers as people read them: Persian digits and the Persian thousands separator (U+066C) in
 * Persian, ASCII digits and commas in English (ICU's locale data, not our own tables). Money is shown
 * in billions of tomans, the unit a director quotes ("14,000 bn tomans"); the exact rials stay in the
 * tables, the downloads and the cards' titles.
 */
public final class Numerals {

    private static final BigDecimal RIALS_PER_BILLION_TOMANS = BigDecimal.TEN.pow(10);

    // ICU's number formatters are immutable and thread-safe: made once, not once per cell of a page
    private static final LocalizedNumberFormatter FA_WHOLE = formatter(Lang.FA, 0);
    private static final LocalizedNumberFormatter FA_ONE_DECIMAL = formatter(Lang.FA, 1);
    private static final LocalizedNumberFormatter EN_WHOLE = formatter(Lang.EN, 0);
    private static final LocalizedNumberFormatter EN_ONE_DECIMAL = formatter(Lang.EN, 1);

    private Numerals() {
    }

    private static LocalizedNumberFormatter formatter(Lang lang, int fractionDigits) {
        return NumberFormatter.withLocale(ULocale.forLanguageTag(lang.tag()))
                .precision(Precision.minMaxFraction(0, fractionDigits));
    }

    private static LocalizedNumberFormatter whole(Lang lang) {
        return lang.persian() ? FA_WHOLE : EN_WHOLE;
    }

    private static LocalizedNumberFormatter oneDecimal(Lang lang) {
        return lang.persian() ? FA_ONE_DECIMAL : EN_ONE_DECIMAL;
    }

    public static String count(BigInteger value, Lang lang) {
        return whole(lang).format(value).toString();
    }

    /** Digits only, no grouping (years, day numbers) in the page's script. */
    public static String plain(String ascii, Lang lang) {
        return lang.persian() ? ir.samt.platform.persian.PersianText.toPersianDigits(ascii) : ascii;
    }

    /** Billions of tomans, one decimal at most: 140000000000000 rials → "۱۴٬۰۰۰". */
    public static String billionTomans(BigInteger rials, Lang lang) {
        BigDecimal billions = new BigDecimal(rials).divide(RIALS_PER_BILLION_TOMANS, 1, RoundingMode.HALF_EVEN);
        return oneDecimal(lang).format(billions).toString();
    }

    /** Exact tomans with grouping, for titles: "۱۴٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰". */
    public static String exactTomans(BigInteger rials, Lang lang) {
        return oneDecimal(lang).format(new BigDecimal(rials).movePointLeft(1)).toString();
    }
}
