package ir.samt.platform.testing.robustness;

import java.util.List;

/**
 * The catalogue of hostile input. Each entry is something a real client has sent or could send: a
 * broken keyboard layout, a copy from a PDF, a fuzzer, or an attacker. Kept as plain lists so a
 * reader can see at a glance what the services are proven to survive.
 */
final class HostileValues {

    private HostileValues() {
    }

    /** U+0958 is a composition exclusion: NFC turns each into two characters, so 200 become 400. */
    static final String NFC_GROWTH_200 = "\u0958".repeat(200);

    /** Text that is dangerous on its own, wherever a string goes. */
    static final List<String> TEXT = List.of(
            "\u0000", "a\u0000b", "قم\u0000", "\u0001\u0002\u0007\u001B[31m", "\u007F", "\u0085", "\u009B", "\u0008",
            "\t\n\r", " ", "", "\u00A0\u2007\u202F", "\u2028\u2029",
            "\uD800", "x\uDC00y", "\uDBFF\uDBFF", "قم\uD83D",
            "\u202Eقم", "\u202E", "\u202D\u202E\u202C", "\u2066\u2067\u2068\u2069", "\u200E\u200F\u061C",
            "\uFEFF", "\uFEFFقم", "\u200B\u200B",
            "\u200C", "\u200C\u200C\u200C\u200C", "\u200D", " \u200C ",
            "\u0640", "\u0640".repeat(60), "\u0640\u200C\u0640",
            NFC_GROWTH_200, "\u0958".repeat(101), "\u0958".repeat(51), "a" + "\u0301".repeat(300),
            "😀".repeat(150), "𝐀".repeat(201), "\uFFFF\uFFFE", "\uE000",
            "يك", "كفش\u064Aك", "۱۲۳۴۵", "١٢٣٤٥", "IR-۳۰", "ir-30", " IR-30 ",
            "' OR '1'='1", "'; DROP TABLE permit; --", "${jndi:ldap://x/a}", "<script>alert(1)</script>",
            "../../../../etc/passwd", "%00", "%", "\\", "\"", "null", "NaN", "{}", "[]");

    /** Lengths around the documented limits and far beyond them. */
    static final int[] LENGTHS = { 51, 101, 199, 200, 201, 499, 500, 501, 1_000, 5_000, 70_000 };

    /** Date strings for date fields and date-like parameters. */
    static final List<String> DATES = List.of(
            "0001-01-01", "+999999999-01-01", "-999999999-01-01", "999999999-12-31", "99999-01-01", "1899-12-31",
            "1900-01-01", "2999-12-31", "2025-02-30", "2025-13-01", "2025-00-10", "2025-1-1", "20250101",
            "2025-03-20T21:00:00Z", "2025-03-20T21:00:00+03:30", "2025-03-20 21:00", "1742504400",
            "1404/01/01", "۱۴۰۴/۰۱/۰۱", "١٤٠٤/٠١/٠١", "1404-01-01", "1404/13/40", "1404/12/30", "1403/12/30",
            "0000/00/00", "9999/99/99", "99999/1/1", "1404/1/1/1", "1404", "1404-01", "1404-13", "۱۴۰۴", "-1",
            "2147483648", "0", "", " ", "today", "\u0000", "2025-05-10\u0000", "\u202E2025-05-10");

    /** Numbers (as raw JSON tokens) for integer and money fields. */
    static final List<String> NUMBER_TOKENS = List.of(
            "-1", "0", "-0", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890", "1e20", "1E400", "-1e400", "1e-400", "0.5",
            "12.0", "1.7976931348623157e309", "00012", "100001", "10000000000000001");

    /** Numbers as strings (money is a string of digits; Persian digits are accepted in ids). */
    static final List<String> NUMBER_STRINGS = List.of(
            "-5", "۱۲", "١٢", "12a", "0x10", "1,000", "1 000", "+12", " 12 ", "12.5", "1e3", "99999999999999999999",
            "10000000000000001", "NaN", "Infinity", "", "\u000012", "۱۲\u202E");

    /** Raw query/path values for integer query parameters (page, size, force...). */
    static final List<String> PAGING = List.of(
            "2147483647", "2147483648", "-1", "0", "-2147483648", "9999999999999", "abc", "", "1e3", "۱۰", "0x10",
            "1.5", "+1", " 1", "%00", "200", "201", "100000");

    /** Raw path parameter values that are not ids. */
    static final List<String> PATH_IDS = List.of(
            "not-a-uuid", "00000000-0000-0000-0000-000000000000", "123", "..", ".", "%00", "\u0000",
            "a/b", "\\", "null", "۱۲۳", "IR-۲۵", "ir-25", "IR-25-T01", "25-1404-000123", "۲۵-۱۴۰۴-۰۰۰۱۲۳",
            "\uD800", "\u202E", "' OR 1=1 --", "x".repeat(300), "9".repeat(2_000));
}
