package ir.samt.stats.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import ir.samt.platform.province.Province;
import ir.samt.stats.query.Period;
import ir.samt.stats.query.SummaryBuilder;
import ir.samt.stats.query.Totals;
import ir.samt.stats.query.Views;

/**
 * A province's summary and the data of its totals event are byte for byte what stats-service served and
 * published before their parts became the contract's records (golden/*.json were captured from that
 * code, plus the figures added since, additively: the project-progress indicators and the summary's {@code projects}),
 * whether the mapper has a date module (as the service's has) or none.
 */
class ProvinceTotalsDataTest {

    private static final ObjectMapper SERVICE_LIKE = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void theSummaryAndTheTotalsEventCarryTheSameJsonAsBefore() throws Exception {
        Totals figures = new Totals();
        figures.add("permit.issued:OPERATING:NEW", 3, new BigInteger("12345678901234567890"), 57);
        figures.add("permit.issued:GUILD:-", 1, BigInteger.ZERO, 2);
        figures.add("unit.revived:INDUSTRIAL", 2, BigInteger.valueOf(700), 9);
        figures.add("unit.stagnated:GUILD", 1, BigInteger.ZERO, 0);
        figures.add("unit.stagnated.reason:ENERGY", 1, BigInteger.ZERO, 0);
        figures.add("stock.licence.active:OPERATING", 3, BigInteger.ZERO, 0);
        figures.add("stock.estate:TOWN", 1, BigInteger.ZERO, 0);
        var province = Views.province(Province.byCode("IR-25").orElseThrow());
        Views.Summary current = SummaryBuilder.summary(province, Period.year(1404), "LIVE", figures);
        Views.Summary previous = SummaryBuilder.summary(province, Period.year(1403), "LIVE", new Totals());

        Object totals = TotalsPublisher.totals(42, Period.year(1403), previous, Period.year(1404), current);

        for (ObjectMapper mapper : new ObjectMapper[] { SERVICE_LIKE, PLAIN }) {
            assertThat(mapper.writeValueAsString(mapper.valueToTree(totals))).isEqualTo(golden("province-totals-data.json"));
            assertThat(mapper.writeValueAsString(current)).isEqualTo(golden("province-summary.json"));
        }
    }

    @Test
    void theYearsAreKeyedByTheJalaliYearOfTheirPeriod() {
        var province = Views.province(Province.byCode("IR-25").orElseThrow());
        Period year = Period.year(1410);
        var totals = TotalsPublisher.totals(1, year.previousYear(),
                SummaryBuilder.summary(province, year.previousYear(), "LIVE", new Totals()), year,
                SummaryBuilder.summary(province, year, "LIVE", new Totals()));

        assertThat(totals.years()).containsOnlyKeys("1409", "1410");
        assertThat(totals.years().get("1409").period().fromJalali()).isEqualTo("1409/01/01");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ProvinceTotalsDataTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
