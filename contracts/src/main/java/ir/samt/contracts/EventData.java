package ir.samt.contracts;

import java.time.LocalDate;

/**
 * What the data of every licence, unit and estate event carries (docs/events.md): where the change
 * counts and on which business day, so a consumer never has to call back. Implemented by
 * {@code PermitData}, {@code UnitData} and {@code EstateData}.
 */
public interface EventData {

    /** ISO 3166-2:IR current code, {@code IR-25}. */
    String province();

    /** The county's Persian name as stored. */
    String county();

    /** The industrial town or zone, {@code IR-25-T01}; null outside them. */
    String estateCode();

    /** The day in Asia/Tehran on which a consumer counts the change. */
    LocalDate effectiveDate();
}
