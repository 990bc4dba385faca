package ir.samt.platform.search;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A documented sort of a search: the JPQL path it orders by, how its value is written into a cursor and
 * read back, and how it is read off a result. The path's column must be NOT NULL: a keyset comparison
 * with a null value matches nothing, so a nullable sort would lose rows between pages.
 *
 * @param <T> the entity the search returns
 */
public record SortField<T>(String path, Codec codec, Function<T, Object> value) {

    /** How a sort value travels inside a cursor. */
    public enum Codec {
        DATE {
            @Override
            Object decode(String text) {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() < 1900 || date.getYear() > 2200) {
                    // LocalDate takes +999999999-12-31, PostgreSQL's date does not
                    throw new IllegalArgumentException("date out of range");
                }
                return date;
            }
        },
        INT {
            @Override
            Object decode(String text) {
                return Integer.valueOf(text);
            }
        },
        LONG {
            @Override
            Object decode(String text) {
                return Long.valueOf(text);
            }
        },
        TEXT {
            @Override
            Object decode(String text) {
                // a forged cursor must not carry what the text rule keeps out of every other input (a NUL,
                // which PostgreSQL refuses in text): only what the search key could have been
                if (!text.equals(SearchQuery.text("cursor", text))) {
                    throw new IllegalArgumentException("not a stored search key");
                }
                return text;
            }
        };

        abstract Object decode(String text);
    }

    public static <T> SortField<T> date(String path, Function<T, LocalDate> value) {
        return new SortField<>(path, Codec.DATE, value::apply);
    }

    public static <T> SortField<T> integer(String path, Function<T, Integer> value) {
        return new SortField<>(path, Codec.INT, value::apply);
    }

    public static <T> SortField<T> longValue(String path, Function<T, Long> value) {
        return new SortField<>(path, Codec.LONG, value::apply);
    }

    public static <T> SortField<T> text(String path, Function<T, String> value) {
        return new SortField<>(path, Codec.TEXT, value::apply);
    }
}
