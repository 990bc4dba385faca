package ir.samt.platform.testing.robustness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Values for path parameters: the target's own, plus every value of a field of the same name in a
 * successful response (the {@code id} of an issued licence, the {@code code} of an estate), so later
 * requests reach real records and not only 404s.
 */
final class IdPools {

    private static final int MAX_PER_NAME = 200;

    private final Map<String, List<String>> pools = new HashMap<>();
    private final Set<String> names;

    IdPools(Set<String> pathParameterNames, Map<String, List<String>> initial) {
        this.names = pathParameterNames;
        initial.forEach((name, values) -> pools.put(name, new ArrayList<>(values)));
    }

    List<String> values(String name) {
        return pools.getOrDefault(name, List.of());
    }

    /** Remembers the path-parameter-named fields of {@code response} (top level and one level of items). */
    void harvest(JsonNode response) {
        if (response == null) {
            return;
        }
        if (response.isArray()) {
            response.forEach(this::harvestObject);
        } else {
            harvestObject(response);
            response.path("items").forEach(this::harvestObject);
        }
    }

    private void harvestObject(JsonNode object) {
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value != null && value.isTextual()) {
                List<String> pool = pools.computeIfAbsent(name, k -> new ArrayList<>());
                if (!pool.contains(value.textValue())) {
                    if (pool.size() >= MAX_PER_NAME) {
                        pool.remove(pool.size() - 1);
                    }
                    pool.add(0, value.textValue());
                }
            }
        }
    }
}
