package ir.samt.platform.testing.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Hostile input must reach the server as written: the JDK and Jackson would quietly repair some of it. */
class WireTest {

    @Test
    void unpairedSurrogatesTravelAsEscapesOrAsTheirOwnInvalidBytes() {
        var node = JsonNodeFactory.instance.objectNode().put("name", "x\uD800");
        assertThat(Wire.json(node, true)).isEqualTo("{\"name\":\"x\\uD800\"}");
        assertThat(Wire.utf8Lenient("\uD800")).containsExactly(0xED, 0xA0, 0x80);
        assertThat(Wire.utf8Lenient("😀")).containsExactly(0xF0, 0x9F, 0x98, 0x80);
    }

    @Test
    void controlCharactersAreEscapedAsJsonRequiresAndRawNumberTokensAreKept() {
        var node = JsonNodeFactory.instance.objectNode().put("a", "\u0000\"").set("n", Wire.raw("1E400"));
        assertThat(Wire.json(node, false)).isEqualTo("{\"a\":\"\\u0000\\\"\",\"n\":1E400}");
    }

    @Test
    void pathAndQueryValuesArePercentEncodedByteByByte() {
        assertThat(Wire.percent("\u0000/ب")).isEqualTo("%00%2F%D8%A8");
        assertThat(Wire.percent("IR-30_a.b~")).isEqualTo("IR-30_a.b~");
    }

    @Test
    void reportsShowInvisibleCharactersAsEscapes() {
        assertThat(Wire.printable("a\u202Eb\u0000", 100)).isEqualTo("a\\u202Eb\\u0000");
    }
}
