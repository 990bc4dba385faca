package ir.samt.units.estate;

import java.time.LocalDate;

import ir.samt.contracts.EventType;
import ir.samt.contracts.estates.EstateData;
import ir.samt.platform.calendar.Jalali;

/**
 * The estate event (docs/events.md): {@code ir.samt.estate.registered}, whose {@code data} is the
 * contract's {@link EstateData}; V2__qom_estates.sql writes the same shape for Qom's eleven estates.
 * The kind is mapped by an exhaustive switch, so a kind added here is a compile error until the contract
 * has it.
 */
final class EstateEvents {

    static final String AGGREGATE = "estate";
    static final String REGISTERED = EventType.ESTATE_REGISTERED.type();

    private EstateEvents() {
    }

    /** Counted from the day it was registered, in Tehran. */
    static EstateData registered(Estate estate) {
        LocalDate effective = estate.createdAt.atZoneSameInstant(Jalali.TEHRAN).toLocalDate();
        return new EstateData(estate.code, kind(estate.kind), estate.province, estate.county, estate.nameFa,
                estate.nameEn, effective);
    }

    private static ir.samt.contracts.estates.EstateKind kind(EstateKind kind) {
        return switch (kind) {
            case TOWN -> ir.samt.contracts.estates.EstateKind.TOWN;
            case ZONE -> ir.samt.contracts.estates.EstateKind.ZONE;
        };
    }
}
