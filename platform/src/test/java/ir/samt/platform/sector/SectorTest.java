package ir.samt.platform.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SectorTest {

    @Test
    void derivesDivisionFromActivityCode() {
        Sector chemicals = Sector.ofActivityCode("2411").orElseThrow();
        assertThat(chemicals.code()).isEqualTo("24");
        assertThat(chemicals.englishName()).isEqualTo("Manufacture of chemicals and chemical products");
        assertThat(chemicals.persianName()).isEqualTo("ساخت مواد و محصولات شیمیایی");
    }

    @Test
    void mapsQomMainBranches() {
        assertThat(Sector.ofActivityCode("1722")).map(Sector::code).contains("17"); // carpets
        assertThat(Sector.ofActivityCode("1920")).map(Sector::persianName)
                .contains("دباغی و عمل آوردن چرم و ساخت کیف، چمدان و کفش");
        assertThat(Sector.ofActivityCode("2930")).map(Sector::code).contains("29"); // washing machines
        assertThat(Sector.ofActivityCode("2520")).map(Sector::persianName).contains("ساخت محصولات لاستیکی و پلاستیکی");
        assertThat(Sector.ofActivityCode("1511")).map(Sector::code).contains("15");
    }

    @Test
    void acceptsTenDigitBehinyabCodeAndPersianDigits() {
        assertThat(Sector.ofActivityCode("2930112345")).map(Sector::code).contains("29");
        assertThat(Sector.ofActivityCode("۱۷۲۲۱۲")).map(Sector::code).contains("17");
    }

    @ParameterizedTest
    @ValueSource(strings = {"172", "17221234567", "17a2", "", "0311", "9812", "4211"})
    void rejectsMalformedCodeOrUnknownDivision(String code) {
        assertThat(Sector.ofActivityCode(code)).isEmpty();
        assertThat(Sector.isValidActivityCode(code)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(Sector.ofActivityCode(null)).isEmpty();
        assertThat(Sector.isValidActivityCode(null)).isFalse();
    }

    @Test
    void isValidActivityCodeForKnownDivision() {
        assertThat(Sector.isValidActivityCode("1722")).isTrue();
    }

    @Test
    void listsAllIsicRev3DivisionsInOrder() {
        List<String> codes = Sector.all().stream().map(Sector::code).toList();
        assertThat(codes).hasSize(62).isSorted().doesNotHaveDuplicates()
                .contains("01", "02", "05", "10", "37", "40", "41", "45", "55", "75", "80", "85", "95", "96", "97", "99")
                .doesNotContain("03", "38", "42", "94", "98");
    }

    @Test
    void persianNamesUsePersianYehAndKeheh() {
        for (Sector s : Sector.all()) {
            assertThat(s.persianName()).doesNotContain("\u064A", "\u0643");
            assertThat(s.englishName()).isNotBlank();
        }
    }
}
