package ir.samt.units.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.samt.contracts.units.UnitData;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.cloudevents.CloudEvent;
import ir.samt.platform.outbox.Outbox;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.units.estate.Estate;

/**
 * Registers units and changes their status. Each change and its CloudEvent commit in one
 * transaction through the outbox, and each is recorded in the unit's history.
 */
@ApplicationScoped
public class UnitService {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    ProvinceScope provinceScope;

    @Transactional
    public Unit register(RegisterUnitRequest request, String actor) {
        LocalDate today = today();
        List<Problem.FieldError> errors = UnitRules.check(request, UnitService::estateProvince, today);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        UnitDraft draft = UnitDraft.of(request, today);
        if (draft.externalRef() != null && Unit.count("externalRef", draft.externalRef()) > 0) {
            throw ProblemException.conflict("unit-exists", "Unit already registered",
                    "A unit with external reference " + draft.externalRef() + " already exists");
        }
        Unit unit = new Unit();
        unit.id = draft.id();
        unit.externalRef = draft.externalRef();
        unit.kind = draft.kind();
        unit.guildGroup = draft.guildGroup();
        unit.name = draft.name();
        unit.nameKey = draft.nameKey();
        unit.holderId = draft.holderId();
        unit.holderIdKind = draft.holderIdKind();
        unit.province = draft.province();
        unit.county = draft.county();
        unit.estateCode = draft.estateCode();
        unit.activityCode = draft.activityCode();
        unit.sector = draft.sector();
        unit.employees = draft.employees();
        unit.licenceNumber = draft.licenceNumber();
        unit.status = UnitStatus.ACTIVE;
        unit.registeredOn = draft.registeredOn();
        unit.statusSince = draft.registeredOn();
        unit.createdAt = OffsetDateTime.now(clock);
        unit.updatedAt = unit.createdAt;
        unit.persist();
        em.flush();
        UnitChange entry = record(unit, UnitChange.Change.REGISTERED, UnitEvents.REGISTERED, null, actor,
                UnitEvents.data(unit, null, unit.registeredOn));
        entry.persist();
        return unit;
    }

    @Transactional
    public Unit stagnate(UUID id, StagnateUnitRequest request, String actor) {
        Unit unit = forChange(id);
        UnitStatus previous = unit.status;
        LocalDate today = today();
        LocalDate on = request.stagnatedOn() == null ? today : request.stagnatedOn();
        unit.stagnate(on, EnumSet.copyOf(request.reasons()), today);
        unit.updatedAt = OffsetDateTime.now(clock);
        em.flush(); // a concurrent change to this unit fails here, as a 409, before any event is written
        List<StagnationReason> reasons = unit.stagnationReasons.stream().sorted().toList();
        UnitData data = UnitEvents.stagnated(unit, previous, on, reasons);
        UnitChange entry = record(unit, UnitChange.Change.STAGNATED, UnitEvents.STAGNATED, previous, actor, data);
        entry.reasons = join(reasons);
        entry.note = PersianText.normalize(request.note());
        entry.persist();
        return unit;
    }

    @Transactional
    public Unit revive(UUID id, ReviveUnitRequest request, String actor) {
        Unit unit = forChange(id);
        UnitStatus previous = unit.status;
        LocalDate today = today();
        LocalDate on = request.revivedOn() == null ? today : request.revivedOn();
        unit.revive(on, today);
        unit.updatedAt = OffsetDateTime.now(clock);
        em.flush();
        List<Supporter> supporters = request.supporters().stream().sorted().toList();
        UnitData data = UnitEvents.revived(unit, previous, on, supporters, request.newInvestmentRials(),
                request.jobsRestored());
        UnitChange entry = record(unit, UnitChange.Change.REVIVED, UnitEvents.REVIVED, previous, actor, data);
        entry.supporters = join(supporters);
        entry.newInvestmentRials = request.newInvestmentRials();
        entry.jobsRestored = request.jobsRestored();
        entry.note = PersianText.normalize(request.note());
        entry.persist();
        return unit;
    }

    @Transactional
    public Unit close(UUID id, CloseUnitRequest request, String actor) {
        Unit unit = forChange(id);
        UnitStatus previous = unit.status;
        LocalDate today = today();
        LocalDate on = request == null || request.closedOn() == null ? today : request.closedOn();
        unit.close(on, today);
        unit.updatedAt = OffsetDateTime.now(clock);
        em.flush();
        UnitChange entry = record(unit, UnitChange.Change.CLOSED, UnitEvents.CLOSED, previous, actor,
                UnitEvents.data(unit, previous, on));
        entry.note = request == null ? null : PersianText.normalize(request.note());
        entry.persist();
        return unit;
    }

    public Unit get(UUID id) {
        Unit unit = Unit.findById(id);
        if (unit == null) {
            throw ProblemException.notFound("Unit", id);
        }
        return unit;
    }

    /** The unit an officer is about to change: 404 if unknown, 403 outside the officer's province. */
    private Unit forChange(UUID id) {
        Unit unit = get(id);
        provinceScope.requireWriteAccess(unit.province);
        return unit;
    }

    static Optional<String> estateProvince(String code) {
        Estate estate = Estate.findById(code);
        return Optional.ofNullable(estate).map(e -> e.province);
    }

    /** A 400 naming every offending field. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", detail).withErrors(errors));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Jalali.TEHRAN));
    }

    /** Writes the event to the outbox and returns the history entry for it, still to be completed and persisted. */
    private UnitChange record(Unit unit, UnitChange.Change change, String type, UnitStatus previous, String actor,
            UnitData data) {
        CloudEvent event = outbox.publish(UnitEvents.AGGREGATE, unit.id.toString(), type, OffsetDateTime.now(clock), data);
        UnitChange entry = new UnitChange();
        entry.unitId = unit.id;
        entry.version = unit.changeNumber();
        entry.change = change;
        entry.status = unit.status;
        entry.effectiveDate = unit.statusSince;
        entry.actor = actor;
        entry.at = event.time();
        entry.eventId = event.id();
        return entry;
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
