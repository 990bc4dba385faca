package ir.samt.platform.testing.robustness;

/** The kinds of request the generator sends, counted separately in the summary line. */
public enum Attack {
    /** The valid request itself: fills the id pools and proves that the baseline really is accepted. */
    BASELINE("baseline"),
    /** Control characters, unpaired surrogates, bidi overrides, BOM, ZWNJ/tatweel-only, NFC growth, very long text. */
    HOSTILE_TEXT("hostile text"),
    /** A number, array, object, boolean or null where the schema says otherwise; enum ordinals. */
    WRONG_TYPE("wrong types"),
    /** Unknown fields, duplicate keys, trailing garbage, truncation, invalid UTF-8, deep nesting, wrong top level. */
    BROKEN_JSON("broken JSON"),
    /** Numbers beyond int and long, negative, fractional, exponents, Persian digits. */
    NUMBERS("odd numbers"),
    /** Dates out of range, timestamps, Jalali dates, impossible days. */
    DATES("odd dates"),
    /** page and size at and beyond their limits, and not numbers at all. */
    PAGING("paging"),
    /** Path parameters that are not ids: not UUIDs, encoded NUL and slashes, very long, unknown. */
    PATH_IDS("path ids"),
    /** Missing, wrong or lying Content-Type and Accept headers, bodies in other charsets. */
    CONTENT_TYPE("content types"),
    /** Bodies of hundreds of KB to several MB, very long query strings and headers. */
    OVERSIZED("oversized"),
    /** A method the path does not document (PUT, DELETE, PATCH, TRACE, an invented one). */
    WRONG_METHOD("wrong methods"),
    /** Missing, foreign, expired and oddly-claimed bearer tokens. */
    TOKENS("odd tokens");

    final String label;

    Attack(String label) {
        this.label = label;
    }
}
