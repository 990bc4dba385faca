package ir.samt.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void refusesNulBecausePostgresqlCannotStoreIt() {
        assertThatThrownBy(() -> TextInput.clean("قم\u0000"))
                .isInstanceOf(TextInput.InvalidTextException.class)
                .hasMessageContaining("U+0000").hasMessageContaining("position 3");
    }

    @Test
    void refusesOtherC0AndC1ControlCharacters() {
        assertThat(TextInput.problemOf("a\u0007b")).contains("U+0007");
        assertThat(TextInput.problemOf("a\u001Bb")).contains("U+001B");
        assertThat(TextInput.problemOf("a\u007Fb")).contains("U+007F");
        assertThat(TextInput.problemOf("a\u0085b")).contains("U+0085");
    }

    @Test
    void treatsTabsAndLineBreaksAsWhiteSpace() {
        assertThat(TextInput.clean(" شرکت\t\r\nپلیمر ")).isEqualTo("شرکت پلیمر");
    }

    @Test
    void refusesUnpairedSurrogatesButKeepsProperPairs() {
        assertThat(TextInput.problemOf("a\uD800b")).contains("unpaired surrogate");
        assertThat(TextInput.problemOf("a\uDC00")).contains("unpaired surrogate");
        assertThat(TextInput.clean("a\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
    }

    @Test
    void returnsTheStoredFormSoLengthsAreCheckedOnWhatIsStored() {
        // U+0958 is excluded from composition: NFC turns each into two characters
        String grows = "\u0958".repeat(200);
        assertThat(TextInput.clean(grows)).hasSize(400);
        assertThat(TextInput.clean("علي")).isEqualTo("علی");
    }

    @Test
    void acceptsNull() {
        assertThat(TextInput.clean(null)).isNull();
        assertThat(TextInput.problemOf(null)).isNull();
    }
}
