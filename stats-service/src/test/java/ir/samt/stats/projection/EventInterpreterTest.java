package ir.samt.stats.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the consumer makes of each record of a corpus of valid and broken events
 * (golden/interpreted-events.jsonl): the same deltas for every valid event, and the same dead-letter
 * reason for every broken one, as the tree-walking interpreter gave before the contract records (the
 * outcomes were captured from it). The few lines whose outcome changed on purpose keep the former one
 * under {@code before}, and say {@code why}.
 */
class EventInterpreterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRecordOfTheCorpusIsCountedOrRefusedAsBefore() throws Exception {
        List<String> differences = new ArrayList<>();
        int cases = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/golden/interpreted-events.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode c = JSON.readTree(line);
                String outcome = outcome(c.path("value").asText());
                if (!outcome.equals(c.path("outcome").asText())) {
                    differences.add(c.path("case").asText() + "\n    expected " + c.path("outcome").asText()
                            + "\n    got      " + outcome);
                }
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(100);
        assertThat(differences).isEmpty();
    }

    private static String outcome(String value) {
        try {
            return "OK " + EventInterpreter.interpret(value);
        } catch (InvalidEventException e) {
            return "DLQ " + e.getMessage();
        }
    }
}
