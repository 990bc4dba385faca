package ir.samt.units.estate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The data of {@code ir.samt.estate.registered}, byte for byte what units-service published before it
 * became a typed record, serialised the way the outbox does it.
 */
class EstateEventDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aRegistrationCarriesTheSameJsonAsBeforeAndCountsFromTheDayTheEstateWasEstablished() throws Exception {
        Estate estate = new Estate();
        estate.code = "IR-25-Z31";
        estate.kind = EstateKind.ZONE;
        estate.nameFa = "ناحیه صنعتی کهک";
        estate.province = "IR-25";
        estate.county = "کهک";
        estate.createdAt = OffsetDateTime.parse("2025-05-10T21:30:00Z");
        // the register call's establishedOn, or the day of registration in Tehran (21:30 UTC on 10 May is 11 May)
        estate.establishedOn = LocalDate.of(2025, 5, 11);

        assertThat(json(estate)).isEqualTo("{\"estateCode\":\"IR-25-Z31\",\"kind\":\"ZONE\",\"province\":\"IR-25\","
                + "\"county\":\"کهک\",\"nameFa\":\"ناحیه صنعتی کهک\",\"nameEn\":null,\"effectiveDate\":\"2025-05-11\"}");

        estate.code = "IR-25-T01";
        estate.kind = EstateKind.TOWN;
        estate.nameEn = "Kahak Industrial Zone";
        assertThat(json(estate)).isEqualTo("{\"estateCode\":\"IR-25-T01\",\"kind\":\"TOWN\",\"province\":\"IR-25\","
                + "\"county\":\"کهک\",\"nameFa\":\"ناحیه صنعتی کهک\",\"nameEn\":\"Kahak Industrial Zone\","
                + "\"effectiveDate\":\"2025-05-11\"}");
    }

    private static String json(Estate estate) throws Exception {
        return MAPPER.writeValueAsString(MAPPER.valueToTree(EstateEvents.registered(estate)));
    }
}
