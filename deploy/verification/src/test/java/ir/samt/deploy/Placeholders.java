package ir.samt.deploy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Example values that must never reach a production cluster (an operator forgot to set them). */
final class Placeholders {

    private static final List<String> MARKERS = List.of("REPLACE-WITH", "CHANGE-ME", "TODO");

    private Placeholders() {
    }

    /** "Kind/name: value" for every string in the objects that still carries a placeholder marker. */
    static List<String> in(Manifests m) {
        List<String> found = new ArrayList<>();
        for (JsonNode object : m.objects) {
            collect(object, object.path("kind").asText() + "/" + Manifests.name(object), found);
        }
        return found;
    }

    private static void collect(JsonNode node, String where, List<String> found) {
        if (node.isTextual() && MARKERS.stream().anyMatch(node.asText()::contains)) {
            found.add(where + ": " + node.asText());
        }
        node.forEach(child -> collect(child, where, found));
    }
}
