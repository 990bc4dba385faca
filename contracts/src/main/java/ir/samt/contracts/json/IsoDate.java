package ir.samt.contracts.json;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A business date (docs/asyncapi.yaml, {@code Date}): {@code YYYY-MM-DD}, read strictly
 * ({@link LocalDate#parse}: no 30 February, no timestamp cut down to its date, no epoch number), written
 * by {@link LocalDate#toString()}. The rule lives here rather than in a mapper's date module, so every
 * mapper reads and writes the contract's dates the same way.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@JacksonAnnotationsInside
@JsonSerialize(using = ToStringSerializer.class)
@JsonDeserialize(using = IsoDate.Reader.class)
public @interface IsoDate {

    String RULE = "must be an ISO date (YYYY-MM-DD): ";

    final class Reader extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        public Reader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // refused below, with the text that was sent
                }
            }
            throw new ContractViolation(parser, RULE + text, text, LocalDate.class);
        }
    }
}
