package ir.samt.platform.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Registers the platform's JSON conventions on every service's ObjectMapper. */
@Singleton
public class SamtObjectMapperCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new PersianNumbersModule());
    }
}
