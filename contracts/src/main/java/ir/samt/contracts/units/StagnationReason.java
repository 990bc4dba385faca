package ir.samt.contracts.units;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a unit stopped (ISIPO's causes). An open list, unlike the contract's enums: a new reason is an
 * additive change within v1, so a reader keeps a name it does not know instead of refusing the event
 * (stats-service counts it under its own name). Producers use the constants; {@link #KNOWN} is the list
 * docs/asyncapi.yaml documents.
 */
public record StagnationReason(@JsonValue String name) {

    public static final StagnationReason LIQUIDITY = new StagnationReason("LIQUIDITY");
    public static final StagnationReason RAW_MATERIALS = new StagnationReason("RAW_MATERIALS");
    public static final StagnationReason MACHINERY_TECHNOLOGY = new StagnationReason("MACHINERY_TECHNOLOGY");
    public static final StagnationReason MARKET = new StagnationReason("MARKET");
    public static final StagnationReason ENERGY = new StagnationReason("ENERGY");
    public static final StagnationReason CURRENCY = new StagnationReason("CURRENCY");
    public static final StagnationReason OTHER = new StagnationReason("OTHER");

    public static final List<StagnationReason> KNOWN = List.of(LIQUIDITY, RAW_MATERIALS, MACHINERY_TECHNOLOGY, MARKET,
            ENERGY, CURRENCY, OTHER);

    public StagnationReason {
        Objects.requireNonNull(name, "name");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StagnationReason of(String name) {
        return new StagnationReason(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
