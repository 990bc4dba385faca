package ir.samt.platform.persian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

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

    /**
     * normalize returns clean text as it is, without the full pass; over 200,000 generated strings mixing clean
     * letters with everything the pass changes (Arabic letters, tatweel, joiners, diacritics and combining marks,
     * every kind of white space, invisible formatting, decomposed letters, surrogate pairs), both give the same text.
     */
    @Test
    void theShortcutForCleanTextGivesWhatTheFullPassGives() {
        String[] pieces = { "a", "Z", "7", " ", "  ", "\t", "\n", "\u000B", "-", "\u007F", "ق", "م", "ی", "ک", "ه", "ا",
                "\u064A", "\u0649", "\u0643", "\u0640", "\u200C", "\u200D", "\u064B", "\u0654", "\u0670", "\u0653",
                "\u0622", "\u06C0", "\u06F1", "\u0661", "\u00A0", "\u2007", "\u202F", "\u3000", "\uFEFF", "\u200B",
                "\u200F", "\u202E", "\u2067", "e\u0301", "\u00E9", "\uD83C\uDFED", "\u1100\u1161" };
        Random random = new Random(17);
        int shortcuts = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(9);
            // half the strings only from the first 19 pieces' clean part, so the shortcut is taken often
            int alphabet = n % 2 == 0 ? pieces.length : 16;
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(alphabet)]);
            }
            String s = text.toString();
            if (PersianText.isAlreadyNormal(s)) {
                shortcuts++;
            }
            assertThat(PersianText.normalize(s)).as("normalize of %s", s.codePoints()
                    .mapToObj(Integer::toHexString).toList()).isEqualTo(PersianText.normalizeFully(s));
        }
        assertThat(shortcuts).as("strings the shortcut returned as they were").isGreaterThan(20_000);
    }
}
