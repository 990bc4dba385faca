package ir.samt.stats.dashboard;

import java.math.BigInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One headline figure, read from the summary document the API answers ({@code /stats/provinces/{code}})
 * by its JSON pointer, so the page can only show what the API says; with the same figure of the previous
 * period beside it. Strings are rendered for the page's language when the figure is made.
 *
 * @param pointer  where the figure is in the summary JSON (the browser test reads the API by it)
 * @param raw      the exact value: a count, or rials
 * @param display  as shown: grouped count, or billions of tomans
 * @param exact    the exact value in words for the title (exact tomans for money)
 * @param change   up, down or same, against the previous period (changeText: in words, for screen readers)
 */
public record Figure(String pointer, String label, boolean money, String raw, String display, String exact,
        String previousRaw, String previousDisplay, String change, String changeText) {

    static Figure of(String pointer, String label, boolean money, JsonNode now, JsonNode before, Lang lang, Words words) {
        BigInteger value = read(now, pointer);
        BigInteger previous = read(before, pointer);
        String unit = money ? " " + words.get("unit.billionTomans") : "";
        String exact = money ? Numerals.exactTomans(value, lang) + " " + words.get("unit.tomans")
                : Numerals.count(value, lang);
        String change = switch (value.compareTo(previous)) {
            case 1 -> "up";
            case -1 -> "down";
            default -> "same";
        };
        return new Figure(pointer, label, money, value.toString(), render(value, money, lang) + unit, exact,
                previous.toString(), render(previous, money, lang) + unit, change, words.get("change." + change));
    }

    static BigInteger read(JsonNode document, String pointer) {
        JsonNode node = document.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw new IllegalStateException("The summary has no figure at " + pointer);
        }
        // money is a string of digits in the contract, counts are numbers
        return node.isTextual() ? new BigInteger(node.asText()) : node.bigIntegerValue();
    }

    private static String render(BigInteger value, boolean money, Lang lang) {
        return money ? Numerals.billionTomans(value, lang) : Numerals.count(value, lang);
    }
}
