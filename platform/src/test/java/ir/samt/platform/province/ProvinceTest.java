package ir.samt.platform.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinceTest {

    @Test
    void hasThirtyOneProvincesWithUniqueCodes() {
        assertThat(Province.values()).hasSize(31);
        assertThat(Arrays.stream(Province.values()).map(Province::code)).doesNotHaveDuplicates();
    }

    @Test
    void usesCurrentCodesWhereIr25IsQom() {
        Province qom = Province.byCode("IR-25").orElseThrow();
        assertThat(qom).isEqualTo(Province.IR_25);
        assertThat(qom.englishName()).isEqualTo("Qom");
        assertThat(qom.persianName()).isEqualTo("قم");
    }

    @Test
    void ir21IsYazd() {
        assertThat(Province.byCode("IR-21")).hasValueSatisfying(p -> {
            assertThat(p.englishName()).isEqualTo("Yazd");
            assertThat(p.persianName()).isEqualTo("یزد");
        });
    }

    @Test
    void constantNameMatchesCode() {
        for (Province p : Province.values()) {
            assertThat(p.name()).isEqualTo(p.code().replace('-', '_'));
        }
    }

    @Test
    void acceptsLowerCaseAndPersianDigits() {
        assertThat(Province.byCode("ir-۲۵")).contains(Province.IR_25);
        assertThat(Province.byCode(" ir-23 ")).contains(Province.IR_23);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IR-31", "IR-99", "IR-32", "25", "IR25", "", "Qom"})
    void unknownCodeIsEmpty(String code) {
        assertThat(Province.byCode(code)).isEmpty();
    }

    @Test
    void nullCodeIsEmpty() {
        assertThat(Province.byCode(null)).isEmpty();
    }

    @Test
    void persianNamesUsePersianYehAndKeheh() {
        for (Province p : Province.values()) {
            assertThat(p.persianName()).doesNotContain("\u064A", "\u0643");
        }
    }
}
