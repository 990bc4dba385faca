package ir.samt.contracts.json;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigInteger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * Money in events (docs/asyncapi.yaml, {@code Rials}): exact integer rials as a JSON string of 1 to 19
 * digits, on a {@link BigInteger} because 19 digits can exceed a {@code long}. A JSON number is refused,
 * not converted: by the time it arrives it may already have lost digits in a JavaScript producer.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@JacksonAnnotationsInside
@JsonSerialize(using = ToStringSerializer.class)
@JsonDeserialize(using = Rials.Reader.class)
public @interface Rials {

    String RULE = "must be a string of at most 19 digits (rials)";

    final class Reader extends StdScalarDeserializer<BigInteger> {

        private static final long serialVersionUID = 1L;
        private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

        public Reader() {
            super(BigInteger.class);
        }

        @Override
        public BigInteger deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && DIGITS.matcher(parser.getText()).matches()) {
                return new BigInteger(parser.getText());
            }
            throw new ContractViolation(parser, RULE, parser.getText(), BigInteger.class);
        }
    }
}
