package ir.samt.platform.json;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import ir.samt.platform.calendar.DateInput;
import ir.samt.platform.text.TextInput;

/**
 * The input boundary for JSON request bodies: every string is checked and normalised by
 * {@link TextInput} while it is read, so bean validation and the database see the stored form; every
 * {@link LocalDate} is read by {@link DateInput}, the same rule the bulk import uses. A refusal is an
 * {@link InvalidFormatException}, which carries the field's path to the 400 problem.
 *
 * <p>Only data binding goes through here; event consumers that read JSON trees are not affected.
 */
public class BoundaryModule extends SimpleModule {

    public BoundaryModule() {
        super("samt-input-boundary");
        addDeserializer(String.class, new TextDeserializer());
        addDeserializer(LocalDate.class, new DateDeserializer());
    }

    static final class TextDeserializer extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String raw = StringDeserializer.instance.deserialize(parser, context);
            try {
                return TextInput.clean(raw);
            } catch (TextInput.InvalidTextException e) {
                throw refused(parser, e, raw, String.class);
            }
        }
    }

    static final class DateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String raw = parser.getText();
            try {
                return DateInput.parse(raw);
            } catch (IllegalArgumentException e) {
                throw refused(parser, e, raw, LocalDate.class);
            }
        }
    }

    private static InvalidFormatException refused(JsonParser parser, IllegalArgumentException reason, String value, Class<?> type) {
        InvalidFormatException e = InvalidFormatException.from(parser, reason.getMessage(), value, type);
        e.initCause(reason);
        return e;
    }
}
