package ir.samt.units.inspection;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.samt.contracts.inspections.CaseStatus;
import ir.samt.contracts.inspections.InspectorKind;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.ids.HolderId;
import ir.samt.platform.outbox.Outbox;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.units.unit.Unit;

/**
 * Records inspection visits and opens or extends case files (docs/inspections.md). A visit, the case it opens and
 * their events commit together through the outbox; a batch commits all its visits or none.
 */
@ApplicationScoped
public class InspectionService {

    static final int MAX_BATCH = 500;
    /** Business dates before the Islamic Republic's first fiscal year are typos (as for units). */
    private static final LocalDate EARLIEST = LocalDate.of(1979, 3, 21);

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public Inspection record(RecordInspectionRequest request, String scope, String actor) {
        return record(request, "", scope, actor, today());
    }

    @Transactional
    public List<Inspection> recordAll(RecordInspectionsRequest request, String scope, String actor) {
        LocalDate today = today();
        List<Inspection> recorded = new ArrayList<>(request.visits().size());
        for (int i = 0; i < request.visits().size(); i++) {
            recorded.add(record(request.visits().get(i), "visits[" + i + "].", scope, actor, today));
        }
        return recorded;
    }

    public Inspection get(UUID id) {
        Inspection inspection = Inspection.findById(id);
        if (inspection == null) {
            throw ProblemException.notFound("Inspection", id);
        }
        return inspection;
    }

    private Inspection record(RecordInspectionRequest r, String field, String scope, String actor, LocalDate today) {
        checkDate(field, r.inspectedOn(), today);
        String partners = partners(r, field);
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        visited(inspection, r, field, scope);
        inspection.inspectorKind = r.inspectorKind();
        inspection.partners = partners;
        inspection.inspectedOn = r.inspectedOn();
        inspection.campaignCode = campaign(r, field, inspection.province);
        BigInteger total = BigInteger.ZERO;
        for (ViolationInput v : r.violations()) {
            inspection.violations.add(new Inspection.Found(v.type(), v.amountRials()));
            total = total.add(v.amountRials() == null ? BigInteger.ZERO : BigInteger.valueOf(v.amountRials()));
        }
        inspection.violationsRials = total;
        inspection.note = r.note() == null || r.note().isBlank() ? null : PersianText.normalize(r.note());
        inspection.actor = actor;
        inspection.createdAt = OffsetDateTime.now(clock);
        if (!r.violations().isEmpty()) {
            inspection.caseId = caseFor(inspection, r.violations().size(), total).id;
        }
        inspection.persist();
        em.flush();
        outbox.publish(InspectionEvents.INSPECTION, inspection.unitKey, InspectionEvents.RECORDED, inspection.createdAt,
                InspectionEvents.recorded(inspection));
        return inspection;
    }

    /** The unit's open case, extended by these violations, or a new one referred to the Discretionary Penalties Organization. */
    private CaseFile caseFor(Inspection inspection, int violations, BigInteger rials) {
        CaseFile open = CaseFile.openReferred(inspection.unitKey);
        if (open != null) {
            open.add(violations, rials);
            open.updatedAt = inspection.createdAt;
            return open;
        }
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.unitKey = inspection.unitKey;
        c.unitId = inspection.unitId;
        c.province = inspection.province;
        c.county = inspection.county;
        c.estateCode = inspection.estateCode;
        c.sector = inspection.sector;
        c.campaignCode = inspection.campaignCode;
        c.status = CaseStatus.REFERRED;
        c.openedOn = inspection.inspectedOn;
        c.valueRials = rials;
        c.violations = violations;
        c.createdAt = inspection.createdAt;
        c.updatedAt = inspection.createdAt;
        c.persist();
        em.flush(); // a second open case of the unit (a racing visit) fails here, as a 409, before any event
        outbox.publish(InspectionEvents.CASE, c.unitKey, InspectionEvents.OPENED, c.createdAt, InspectionEvents.caseData(c, null));
        return c;
    }

    /** Fills in who was visited: a registered unit's dimensions, or the unregistered unit as given. */
    private static void visited(Inspection inspection, RecordInspectionRequest r, String field, String scope) {
        if ((r.unitId() == null) == (r.unit() == null)) {
            throw ProblemException.invalid(field + "unitId", "give either unitId (a registered unit) or unit (an unregistered one), not both");
        }
        if (r.unitId() != null) {
            Unit unit = Unit.findById(r.unitId());
            if (unit == null) {
                throw ProblemException.invalid(field + "unitId", "no registered unit has this id");
            }
            requireScope(scope, unit.province);
            inspection.unitKey = unit.id.toString();
            inspection.unitId = unit.id;
            inspection.province = unit.province;
            inspection.county = unit.county;
            inspection.estateCode = unit.estateCode;
            inspection.activityCode = unit.activityCode;
            inspection.sector = unit.sector;
            return;
        }
        UnregisteredUnit u = r.unit();
        String province = Province.byCode(u.province()).orElseThrow().code();
        requireScope(scope, province);
        String nationalId = HolderId.parse(u.nationalId()).orElseThrow().value();
        String activity = u.activityCode() == null || u.activityCode().isBlank() ? null : PersianText.toAsciiDigits(u.activityCode()).strip();
        if (activity != null && !Sector.isValidActivityCode(activity)) {
            throw ProblemException.invalid(field + "unit.activityCode", "must be an ISIC Rev.3 based activity code of 4 to 10 digits");
        }
        inspection.unitKey = InspectionEvents.unregisteredKey(nationalId);
        inspection.unitName = PersianText.normalize(u.name());
        inspection.unitAddress = PersianText.normalize(u.address());
        inspection.unitNationalId = nationalId;
        inspection.province = province;
        inspection.county = PersianText.normalize(u.county());
        inspection.activityCode = activity;
        inspection.sector = activity == null ? null : Sector.ofActivityCode(activity).map(Sector::code).orElse(null);
    }

    private static void requireScope(String scope, String province) {
        if (!ProvinceScope.mayWrite(scope, province)) {
            throw ProblemException.forbidden("Your token is scoped to " + scope + " and may not record inspections in " + province);
        }
    }

    private static String partners(RecordInspectionRequest r, String field) {
        boolean patrol = r.inspectorKind() == InspectorKind.JOINT_PATROL;
        boolean named = r.partners() != null && !r.partners().isEmpty();
        if (patrol != named) {
            throw ProblemException.invalid(field + "partners", patrol ? "a joint patrol names its partner bodies"
                    : "only a joint patrol has partner bodies");
        }
        return named ? r.partners().stream().sorted().map(Enum::name).collect(Collectors.joining(",")) : "";
    }

    private static String campaign(RecordInspectionRequest r, String field, String province) {
        if (r.campaignCode() == null || r.campaignCode().isBlank()) {
            return null;
        }
        Campaign campaign = Campaign.findById(r.campaignCode().strip().toUpperCase(java.util.Locale.ROOT));
        if (campaign == null) {
            throw ProblemException.invalid(field + "campaignCode", "no campaign has this code");
        }
        if (!campaign.appliesTo(province)) {
            throw ProblemException.invalid(field + "campaignCode", "campaign " + campaign.code + " is of " + campaign.province
                    + ", not of " + province);
        }
        if (!campaign.covers(r.inspectedOn())) {
            throw ProblemException.invalid(field + "inspectedOn", "must lie in campaign " + campaign.code + "'s window, "
                    + campaign.startsOn + " .. " + campaign.endsOn);
        }
        return campaign.code;
    }

    private static void checkDate(String field, LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw ProblemException.invalid(field + "inspectedOn", "must not be in the future");
        }
        if (on.isBefore(EARLIEST)) {
            throw ProblemException.invalid(field + "inspectedOn", "must not be before " + EARLIEST);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Jalali.TEHRAN));
    }
}
