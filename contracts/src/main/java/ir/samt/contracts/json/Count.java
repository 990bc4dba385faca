package ir.samt.contracts.json;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A number of people (jobs, employees): a JSON integer from 0 to {@link Integer#MAX_VALUE}. A string
 * ("5"), a fraction (5.0) or a negative number is refused rather than converted, whatever the mapper's
 * coercion settings.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@JacksonAnnotationsInside
@JsonDeserialize(using = Count.Reader.class)
public @interface Count {

    String RULE = "must be a non-negative integer";

    final class Reader extends StdScalarDeserializer<Integer> {

        private static final long serialVersionUID = 1L;

        public Reader() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                    && parser.getIntValue() >= 0) {
                return parser.getIntValue();
            }
            throw new ContractViolation(parser, RULE, parser.getText(), Integer.class);
        }
    }
}
