package ir.samt.platform.testing.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The stored-text check must catch each kind of malformed text, or the suite's "nothing malformed stored" means nothing. */
class StoredTextTest {

    @ParameterizedTest
    @ValueSource(strings = { "a\u0000b", "\u0085", "\u009B", "x\u007F", "tab\there", "line\nbreak", "\uD800", "x\uDC00",
            "\u202Eقم", "\uFEFFقم", "a\u200Bb", "\u2066x\u2069", "\uFFFD", "e\u0301" /* not NFC */ })
    void malformedTextIsCaught(String text) {
        assertThat(StoredText.problemOf(text, null)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "کفش‌دوزی یاس", "شرکت پلیمر البرز قم", "IR-30", "25-1404-000123", "😀", "", "é" })
    void wellFormedTextPasses(String text) {
        assertThat(StoredText.problemOf(text, 200)).isNull();
    }

    @Test
    void lengthIsCountedInCharactersAsJsonSchemaDoes() {
        assertThat(StoredText.problemOf("😀".repeat(200), 200)).isNull(); // 400 UTF-16 units, 200 characters
        assertThat(StoredText.problemOf("\u0915\u093C".repeat(200), 200)).contains("400 characters, documented maxLength 200");
    }

    @Test
    void problemsNameTheFieldAndApplyItsDocumentedLimitAnywhereInTheRecord() throws Exception {
        var record = new ObjectMapper().readTree("""
                {"id":"x","holder":{"name":"%s"},"items":[{"county":"ok"},{"county":"a\\u0000"}]}""".formatted("ب".repeat(201)));
        var problems = StoredText.problems(record, Map.of("name", 200));
        assertThat(problems).extracting(StoredText.Problem::path).containsExactly("$.holder.name", "$.items[1].county");
    }
}
