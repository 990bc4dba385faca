package ir.samt.stats.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ir.samt.stats.query.Indicators;

/** Every word of the dashboard exists in Persian and in English, including every indicator's name. */
class DashboardWordsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertThat(load("words_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("words.properties").stringPropertyNames());
    }

    @Test
    void everyIndicatorTheApiRanksHasANameInBothLanguages() {
        for (Lang lang : Lang.values()) {
            Words words = Words.of(lang);
            for (String indicator : Indicators.NAMES) {
                assertThat(words.has("indicator." + indicator)).as(lang + " " + indicator).isTrue();
            }
        }
        assertThat(Words.of(Lang.FA).indicator("stocks.estates")).isEqualTo("شهرک‌ها و نواحی صنعتی");
        assertThat(Words.of(Lang.EN).indicator("stocks.estates")).isEqualTo("Industrial towns and zones");
    }

    @Test
    void persianNumbersUseFarsiDigitsAndSeparatorsAndMoneyIsShownInBillionsOfTomans() {
        assertThat(Numerals.count(java.math.BigInteger.valueOf(45_000), Lang.FA)).isEqualTo("۴۵٬۰۰۰");
        assertThat(Numerals.count(java.math.BigInteger.valueOf(45_000), Lang.EN)).isEqualTo("45,000");
        assertThat(Numerals.billionTomans(java.math.BigInteger.valueOf(140_000_000_000_000L), Lang.FA)).isEqualTo("۱۴٬۰۰۰");
        assertThat(Numerals.billionTomans(java.math.BigInteger.valueOf(5_000_000_000L), Lang.EN)).isEqualTo("0.5");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = DashboardWordsTest.class.getResourceAsStream("/dashboard/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
