package ir.samt.stats.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract event reduced to what the projections need: where and when it counts, and the deltas
 * it contributes. Built by {@link EventInterpreter}; applying it is a pure sum, hence idempotent
 * given the event id and independent of arrival order.
 */
public record StatsEvent(UUID id, String type, Instant time, LocalDate day, String province, String county,
        String estateCode, String sector, List<Delta> deltas, Estate estate) {

    /** Name and location of an industrial town or zone, from {@code ir.samt.estate.registered}. */
    public record Estate(String code, String province, String county, String kind, String nameFa, String nameEn) {
    }
}
