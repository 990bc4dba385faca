package ir.samt.platform.persian;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersianTextTest {

    @Test
    void normalizeMapsArabicYehAndAlefMaksuraToPersianYeh() {
        assertThat(PersianText.normalize("علي")).isEqualTo("علی");
        assertThat(PersianText.normalize("موسى")).isEqualTo("موسی");
    }

    @Test
    void normalizeMapsArabicKafToKeheh() {
        assertThat(PersianText.normalize("\u0643\u062A\u0627\u0628")).isEqualTo("\u06A9\u062A\u0627\u0628");
    }

    @Test
    void normalizeRemovesTatweel() {
        assertThat(PersianText.normalize("قـــم")).isEqualTo("قم");
    }

    @Test
    void normalizeKeepsZwnj() {
        assertThat(PersianText.normalize("شهرک\u200Cها")).isEqualTo("شهرک\u200Cها");
    }

    @Test
    void normalizeTrimsAndCollapsesWhitespace() {
        assertThat(PersianText.normalize("  شهرک \t\n صنعتی\u00A0 شکوهیه  ")).isEqualTo("شهرک صنعتی شکوهیه");
    }

    @Test
    void normalizeComposesToNfc() {
        // alef + combining hamza above → precomposed U+0623
        assertThat(PersianText.normalize("\u0627\u0654")).isEqualTo("\u0623");
    }

    @Test
    void normalizeReturnsNullForNull() {
        assertThat(PersianText.normalize(null)).isNull();
        assertThat(PersianText.toAsciiDigits(null)).isNull();
        assertThat(PersianText.searchKey(null)).isNull();
    }

    @Test
    void toAsciiDigitsConvertsPersianAndArabicIndicDigits() {
        assertThat(PersianText.toAsciiDigits("۱۴۰۴/۰۱/۰۱")).isEqualTo("1404/01/01");
        assertThat(PersianText.toAsciiDigits("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"))
                .isEqualTo("0123456789");
        assertThat(PersianText.toAsciiDigits("قم 25")).isEqualTo("قم 25");
    }

    @Test
    void searchKeyMatchesZwnjSpaceAndNoSeparatorVariants() {
        String key = PersianText.searchKey("شهرک\u200Cها");
        assertThat(PersianText.searchKey("شهرکها")).isEqualTo(key);
        assertThat(PersianText.searchKey("شهر\u0643 ها")).isEqualTo(key);
    }

    @Test
    void searchKeyIgnoresDiacriticsTatweelDigitsAndCase() {
        assertThat(PersianText.searchKey("عَلِيّ")).isEqualTo(PersianText.searchKey("علی"));
        assertThat(PersianText.searchKey("ثامن\u200Cالائمه ۲")).isEqualTo(PersianText.searchKey("ثامن الائمـه 2"));
        assertThat(PersianText.searchKey("ICT Town")).isEqualTo("icttown");
    }

    @Test
    void normalizeLeavesNothingOfTextMadeOnlyOfInvisibleCharacters() {
        assertThat(PersianText.normalize("\u0640\u0640\u0640")).isEmpty();
        assertThat(PersianText.normalize("\u200C\u200C")).isEmpty();
        assertThat(PersianText.normalize("\u202E\uFEFF\u200B \u200F")).isEmpty();
    }

    @Test
    void normalizeDropsDirectionOverridesAndBomInsideText() {
        assertThat(PersianText.normalize("\uFEFFقم\u202Eکرج\u202C")).isEqualTo("قمکرج");
    }

    @Test
    void normalizeKeepsZwnjOnlyWhereItJoinsTwoLetters() {
        assertThat(PersianText.normalize("\u200Cشهرک\u200C\u200Cها\u200C")).isEqualTo("شهرک\u200Cها");
        assertThat(PersianText.normalize("شهرک \u200C ها")).isEqualTo("شهرک ها");
    }
}
