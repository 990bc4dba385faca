package ir.samt.platform.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import ir.samt.platform.persian.PersianText;

/**
 * Lets every integer field of a request accept Persian (۱۲۳) and Arabic-Indic (١٢٣) digits in a
 * JSON string, as Iranian systems and keyboards send them; money, which is a string of digits by
 * contract, gets the same treatment. JSON numbers pass through unchanged.
 */
public class PersianNumbersModule extends SimpleModule {

    public PersianNumbersModule() {
        super("samt-persian-numbers");
        addDeserializer(Long.class, new LongDeserializer());
        addDeserializer(long.class, new LongDeserializer());
        addDeserializer(Integer.class, new IntDeserializer());
        addDeserializer(int.class, new IntDeserializer());
    }

    private static String digits(JsonParser parser, DeserializationContext context, Class<?> type) throws IOException {
        String text = PersianText.toAsciiDigits(parser.getText().trim());
        if (!text.matches("-?[0-9]{1,19}")) {
            context.reportInputMismatch(type, "must be a whole number");
        }
        return text;
    }

    static final class LongDeserializer extends JsonDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return parser.getLongValue();
            }
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return Long.parseLong(digits(parser, context, Long.class));
                } catch (NumberFormatException e) {
                    return (Long) context.handleWeirdStringValue(Long.class, parser.getText(), "is too large");
                }
            }
            return (Long) context.handleUnexpectedToken(Long.class, parser);
        }
    }

    static final class IntDeserializer extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return parser.getIntValue();
            }
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return Integer.parseInt(digits(parser, context, Integer.class));
                } catch (NumberFormatException e) {
                    return (Integer) context.handleWeirdStringValue(Integer.class, parser.getText(), "is too large");
                }
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, parser);
        }
    }
}
