package ir.samt.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.samt.contracts.estates.EstateData;
import ir.samt.contracts.inspections.CaseData;
import ir.samt.contracts.inspections.InspectionData;
import ir.samt.contracts.permits.PermitData;
import ir.samt.contracts.permits.ProgressData;
import ir.samt.contracts.totals.ProvinceTotalsData;
import ir.samt.contracts.units.UnitData;

/** Every CloudEvents {@code type} of the contract (docs/events.md), with the record its {@code data} is. */
public enum EventType {

    PERMIT_ISSUED("ir.samt.permit.issued", PermitData.class),
    PERMIT_RENEWED("ir.samt.permit.renewed", PermitData.class),
    PERMIT_REVOKED("ir.samt.permit.revoked", PermitData.class),
    PERMIT_EXPIRED("ir.samt.permit.expired", PermitData.class),
    PERMIT_PROGRESS_REPORTED("ir.samt.permit.progress-reported", ProgressData.class),
    UNIT_REGISTERED("ir.samt.unit.registered", UnitData.class),
    UNIT_STAGNATED("ir.samt.unit.stagnated", UnitData.class),
    UNIT_REVIVED("ir.samt.unit.revived", UnitData.class),
    UNIT_CLOSED("ir.samt.unit.closed", UnitData.class),
    ESTATE_REGISTERED("ir.samt.estate.registered", EstateData.class),
    INSPECTION_RECORDED("ir.samt.inspection.recorded", InspectionData.class),
    CASE_OPENED("ir.samt.case.opened", CaseData.class),
    CASE_RULED("ir.samt.case.ruled", CaseData.class),
    CASE_CLOSED("ir.samt.case.closed", CaseData.class),
    PROVINCE_TOTALS_UPDATED("ir.samt.stats.province-totals.updated", ProvinceTotalsData.class);

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String type;
    private final Class<?> dataType;

    EventType(String type, Class<?> dataType) {
        this.type = type;
        this.dataType = dataType;
    }

    /** The CloudEvents {@code type} attribute, {@code ir.samt.permit.issued}. */
    public String type() {
        return type;
    }

    /** The record the event's {@code data} is. */
    public Class<?> dataType() {
        return dataType;
    }

    /** The last segment of the type: {@code issued}, {@code registered}, {@code updated}. */
    public String action() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    public static Optional<EventType> of(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
