package ir.samt.platform.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Registers the platform's JSON conventions on every service's ObjectMapper, and makes it strict:
 * a document that could mean two things is refused rather than guessed at. Enum ordinals
 * ({@code "kind": 1}), anything after the document ({@code {…}GARBAGE}), a key given twice,
 * a fraction where a whole number belongs and a field the endpoint does not know are all 400s.
 */
@Singleton
public class SamtObjectMapperCustomizer implements ObjectMapperCustomizer {

    /** Last: a module registered later wins, and the platform's date rule must beat Quarkus' JavaTimeModule. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new PersianNumbersModule());
        mapper.registerModule(new BoundaryModule());
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
