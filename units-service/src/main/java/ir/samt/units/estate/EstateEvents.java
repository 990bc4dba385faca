package ir.samt.units.estate;

import ir.samt.contracts.EventType;
import ir.samt.contracts.estates.EstateData;

/**
 * The estate event (docs/events.md): {@code ir.samt.estate.registered}, whose {@code data} is the
 * contract's {@link EstateData}.
 * The kind is mapped by an exhaustive switch, so a kind added here is a compile error until the contract
 * has it.
 */
final class EstateEvents {

    static final String AGGREGATE = "estate";
    static final String REGISTERED = EventType.ESTATE_REGISTERED.type();

    private EstateEvents() {
    }

    /** Counted from the day it was established (the day it was registered unless the request said otherwise). */
    static EstateData registered(Estate estate) {
        return new EstateData(estate.code, kind(estate.kind), estate.province, estate.county, estate.nameFa,
                estate.nameEn, estate.establishedOn);
    }

    private static ir.samt.contracts.estates.EstateKind kind(EstateKind kind) {
        return switch (kind) {
            case TOWN -> ir.samt.contracts.estates.EstateKind.TOWN;
            case ZONE -> ir.samt.contracts.estates.EstateKind.ZONE;
        };
    }
}
