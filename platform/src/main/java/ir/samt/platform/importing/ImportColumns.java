package ir.samt.platform.importing;

import java.util.List;

/**
 * The columns of one kind of import: the CSV header's names (any order, case ignored) and the NDJSON
 * fields, and those a file must name. Each service's import owns its list.
 */
public record ImportColumns(List<String> all, List<String> required) {

    public ImportColumns {
        all = List.copyOf(all);
        required = List.copyOf(required);
        if (!all.containsAll(required)) {
            throw new IllegalArgumentException("required columns " + required + " are not all among " + all);
        }
    }
}
