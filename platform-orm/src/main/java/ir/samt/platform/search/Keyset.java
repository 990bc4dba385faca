package ir.samt.platform.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import ir.samt.platform.problem.ProblemException;

/**
 * Keyset (cursor) paging: a page continues after the sort value and id of the previous page's last row,
 * {@code (sortPath, id) < (:value, :id)} for a descending sort, which PostgreSQL answers from a
 * {@code (sortColumn, id)} index as a range start. So the 2,000th page costs what the first costs,
 * where an offset reads and throws away every row before it.
 *
 * <p>The cursor is opaque to callers (base64url) but not secret: {@code v1}, the sort key and direction
 * it was made for, the value and the id. A cursor given with another sort is a 400 naming
 * {@code cursor}; one that does not decode is a 400 too, never a 500.
 */
public final class Keyset<T> {

    private static final String VERSION = "v1";
    private static final char SEPARATOR = '\u001f';

    private final String alias;
    private final String sortKey;
    private final SortField<T> field;
    private final boolean descending;
    private final Function<T, UUID> id;

    private Keyset(String alias, String sortKey, SortField<T> field, boolean descending, Function<T, UUID> id) {
        this.alias = alias;
        this.sortKey = sortKey;
        this.field = field;
        this.descending = descending;
        this.id = id;
    }

    /**
     * The ordering asked for by {@code sort} (a key of {@code sortable}, '-' prefix for descending), or
     * {@code defaultSort} (written the same way) when none is; a 400 naming {@code sort} otherwise.
     */
    public static <T> Keyset<T> of(String alias, String sort, String defaultSort, Map<String, SortField<T>> sortable,
            Function<T, UUID> id) {
        String asked = sort == null || sort.isBlank() ? defaultSort : sort;
        boolean descending = asked.startsWith("-");
        String key = descending ? asked.substring(1) : asked;
        SortField<T> field = sortable.get(key);
        if (field == null) {
            throw ProblemException.invalid("sort", "must be one of " + sortable.keySet() + ", optionally prefixed by '-'");
        }
        return new Keyset<>(alias, key, field, descending, id);
    }

    /** " order by path dir, alias.id dir": the id breaks ties in the same direction, so one index serves both. */
    public String orderBy() {
        String direction = descending ? " desc" : " asc";
        return " order by " + field.path() + direction + ", " + alias + ".id" + direction;
    }

    /** Adds the condition that continues after {@code cursor} to {@code query}; nothing for a null cursor. */
    public void continueAfter(String cursor, SearchQuery query) {
        if (cursor == null) {
            return;
        }
        String[] parts = decode(cursor);
        if (!parts[1].equals(sortKey) || parts[2].equals("desc") != descending) {
            throw ProblemException.invalid("cursor", "was made for sort=" + (parts[2].equals("desc") ? "-" : "")
                    + parts[1] + "; send the sort it was made for or start again without a cursor");
        }
        Object value;
        UUID after;
        try {
            value = field.codec().decode(parts[3]);
            after = UUID.fromString(parts[4]);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalidCursor();
        }
        String comparison = descending ? " < " : " > ";
        query.where("(" + field.path() + ", " + alias + ".id)" + comparison + "(:cursorValue, :cursorId)",
                Map.of("cursorValue", value, "cursorId", after));
    }

    /**
     * The cursor of the page after {@code items}, or null when this page was not full (there is no next
     * page). A full last page gives a cursor whose page is empty: knowing there is no more would cost
     * one row more per page, and callers stop on an empty page either way.
     */
    public String next(List<T> items, int size) {
        if (items.size() < size || items.isEmpty()) {
            return null;
        }
        T last = items.get(items.size() - 1);
        String text = String.join(String.valueOf(SEPARATOR), VERSION, sortKey, descending ? "desc" : "asc",
                String.valueOf(field.value().apply(last)), id.apply(last).toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
        String[] parts = text.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 5 || !parts[0].equals(VERSION) || !(parts[2].equals("asc") || parts[2].equals("desc"))) {
            throw invalidCursor();
        }
        return parts;
    }

    private static ProblemException invalidCursor() {
        return ProblemException.invalid("cursor", "is not a cursor this search gave out (use the 'next' of a page as it is)");
    }
}
