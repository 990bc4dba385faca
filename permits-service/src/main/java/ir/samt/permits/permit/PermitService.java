package ir.samt.permits.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.calendar.JalaliDate;
import ir.samt.platform.cloudevents.CloudEvent;
import ir.samt.platform.ids.HolderId;
import ir.samt.platform.outbox.Outbox;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.province.Province;
import ir.samt.platform.sector.Sector;

/**
 * Issues and changes licences. Each change and its CloudEvent commit in one transaction through
 * the outbox, and each is recorded in the licence's history.
 */
@ApplicationScoped
public class PermitService {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    LicenceNumbers licenceNumbers;

    @Inject
    Clock clock;

    @Inject
    ProvinceScope provinceScope;

    @Transactional
    public Permit issue(IssuePermitRequest request, String actor) {
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        LocalDate issuedOn = request.issuedOn() == null ? today : request.issuedOn();
        validate(request, issuedOn, today);

        Permit permit = licenceFrom(request, issuedOn);
        permit.id = UUID.randomUUID();
        permit.licenceNumber = licenceNumbers.next(permit.province, permit.issuedYear);
        permit.createdAt = OffsetDateTime.now(clock);
        permit.updatedAt = permit.createdAt;
        Permit establishment = null;
        if (request.establishmentPermitId() != null) {
            establishment = establishmentCompletedBy(permit, request.establishmentPermitId());
            permit.establishmentPermitId = establishment.id;
        }
        permit.persist();
        em.flush();
        CloudEvent issued = record(permit, PermitChange.Change.ISSUED, PermitEvents.ISSUED, null, issuedOn, null, actor);
        if (establishment != null) {
            establishment.updatedAt = permit.createdAt;
            em.flush();
            // announced by the operating licence's issued event, whose data names this establishment licence
            PermitChange.record(establishment, PermitChange.Change.COMPLETED,
                    "operating licence " + permit.licenceNumber, actor, issued);
        }
        return permit;
    }

    /**
     * A new licence as {@code request} describes it, issued on {@code issuedOn}, in its stored form (normalised
     * text, the holder's ID kind, the sector of its activity): what issuing and importing both store. No id,
     * number or timestamps yet.
     */
    static Permit licenceFrom(IssuePermitRequest request, LocalDate issuedOn) {
        Permit permit = new Permit();
        permit.kind = request.kind();
        permit.scope = request.scope();
        permit.guildTerm = request.guildTerm();
        HolderId holder = HolderId.parse(request.holder().nationalId()).orElseThrow();
        permit.holderName = PersianText.normalize(request.holder().name());
        permit.holderId = holder.value();
        permit.holderIdKind = holder.kind();
        permit.province = Province.byCode(request.province()).orElseThrow().code();
        permit.county = PersianText.normalize(request.county());
        permit.estateCode = request.estateCode();
        permit.unitId = request.unitId();
        permit.activityCode = PersianText.toAsciiDigits(request.activityCode());
        permit.sector = Sector.ofActivityCode(request.activityCode()).orElseThrow().code();
        permit.product = PersianText.normalize(request.product());
        if (request.capacity() != null) {
            permit.capacityValue = request.capacity().value();
            permit.capacityUnit = PersianText.normalize(request.capacity().unit());
        }
        permit.fixedInvestmentRials = request.fixedInvestmentRials();
        permit.jobs = request.jobs();
        permit.issuedOn = issuedOn;
        permit.issuedYear = JalaliDate.of(issuedOn).year();
        permit.validUntil = permit.kind.validUntil(issuedOn, permit.guildTerm);
        permit.termStartedOn = permit.validUntil == null ? null : issuedOn;
        permit.status = PermitStatus.ACTIVE;
        permit.externalRef = request.externalRef();
        return permit;
    }

    /**
     * The establishment licence an operating licence follows from, locked so no progress report or other
     * change slips in between the check and the link; marked completed by it.
     */
    private Permit establishmentCompletedBy(Permit operating, UUID establishmentId) {
        if (operating.kind != PermitKind.OPERATING) {
            throw ProblemException.invalid("establishmentPermitId", "applies to operating licences only");
        }
        Permit establishment = em.find(Permit.class, establishmentId, LockModeType.PESSIMISTIC_WRITE);
        if (establishment == null) {
            throw ProblemException.invalid("establishmentPermitId", "names no licence: " + establishmentId);
        }
        establishment.completeWith(operating);
        return establishment;
    }

    /** Records an expert's progress report on an establishment licence, with its event and history entry. */
    @Transactional
    public ProgressReport reportProgress(UUID id, ReportProgressRequest request, String actor) {
        Permit permit = forChange(id);
        Integer previous = permit.progressPercent;
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        String reason = request.reason() == null || request.reason().isBlank() ? null : PersianText.normalize(request.reason());
        permit.reportProgress(request.percent(), request.visitDate(), reason, today);
        permit.updatedAt = OffsetDateTime.now(clock);
        em.flush();
        var data = PermitEvents.progress(permit, previous, reason);
        CloudEvent event = outbox.publish(PermitEvents.AGGREGATE, permit.id.toString(), PermitEvents.PROGRESS_REPORTED,
                OffsetDateTime.now(clock), data);
        PermitChange.record(permit, PermitChange.Change.PROGRESS, reason, actor, event);
        ProgressReport report = new ProgressReport();
        report.permitId = permit.id;
        report.version = permit.changeNumber();
        report.percent = request.percent();
        report.previousPercent = previous;
        report.visitDate = request.visitDate();
        report.expert = PersianText.normalize(request.expert());
        report.reason = reason;
        report.actor = actor;
        report.reportedAt = event.time();
        report.eventId = event.id();
        report.persist();
        return report;
    }

    @Transactional
    public Permit renew(UUID id, String actor) {
        Permit permit = forChange(id);
        PermitStatus previous = permit.status;
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        permit.renew(today);
        permit.updatedAt = OffsetDateTime.now(clock);
        em.flush(); // a concurrent change to this licence fails here, as a 409, before any event is written
        record(permit, PermitChange.Change.RENEWED, PermitEvents.RENEWED, previous, today, null, actor);
        return permit;
    }

    @Transactional
    public Permit revoke(UUID id, String reason, String actor) {
        Permit permit = forChange(id);
        PermitStatus previous = permit.status;
        String normalizedReason = PersianText.normalize(reason);
        permit.revoke(normalizedReason);
        permit.updatedAt = OffsetDateTime.now(clock);
        em.flush();
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        record(permit, PermitChange.Change.REVOKED, PermitEvents.REVOKED, previous, today, normalizedReason, actor);
        return permit;
    }

    /** Expires one licence whose validity ended; the expiry counts on the day after its last valid day. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void expire(UUID id) {
        Permit permit = get(id);
        permit.expire();
        permit.updatedAt = OffsetDateTime.now(clock);
        em.flush();
        record(permit, PermitChange.Change.EXPIRED, PermitEvents.EXPIRED, PermitStatus.ACTIVE,
                permit.validUntil.plusDays(1), null, "system:expiry");
    }

    /** Active licences whose last valid day is before {@code today}. */
    public List<UUID> dueForExpiry(LocalDate today, int limit) {
        return em.createQuery("select p.id from Permit p where p.status = :active and p.validUntil < :today order by p.validUntil",
                UUID.class)
                .setParameter("active", PermitStatus.ACTIVE)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }

    public Permit get(UUID id) {
        Permit permit = Permit.findById(id);
        if (permit == null) {
            throw ProblemException.notFound("Licence", id);
        }
        return permit;
    }

    /** The licence an officer is about to change: 404 if unknown, 403 outside the officer's province. */
    private Permit forChange(UUID id) {
        Permit permit = get(id);
        provinceScope.requireWriteAccess(permit.province);
        return permit;
    }

    private CloudEvent record(Permit permit, PermitChange.Change change, String type, PermitStatus previous,
            LocalDate effectiveDate, String reason, String actor) {
        var data = PermitEvents.data(permit, previous, effectiveDate, reason);
        CloudEvent event = outbox.publish(PermitEvents.AGGREGATE, permit.id.toString(), type, OffsetDateTime.now(clock), data);
        PermitChange.record(permit, change, reason, actor, event);
        return event;
    }

    /** The rules of a new licence bean validation cannot express; the first broken one as a 400 naming its field. */
    static void validate(IssuePermitRequest request, LocalDate issuedOn, LocalDate today) {
        if (issuedOn.isAfter(today)) {
            throw ProblemException.invalid("issuedOn", "must not be in the future");
        }
        if (issuedOn.isBefore(LocalDate.of(1979, 3, 21))) {
            throw ProblemException.invalid("issuedOn", "must be in 1358 (1979) or later");
        }
        if (Sector.ofActivityCode(request.activityCode()).isEmpty()) {
            throw ProblemException.invalid("activityCode", "must be 4 to 10 digits starting with a known ISIC Rev.3 division");
        }
        if (request.kind() == PermitKind.GUILD && request.guildTerm() == null) {
            throw ProblemException.invalid("guildTerm", "is required for a guild licence (TEMPORARY or PERMANENT)");
        }
        if (request.kind() != PermitKind.GUILD && request.scope() == null) {
            throw ProblemException.invalid("scope", "is required for establishment and operating licences (NEW or EXPANSION)");
        }
        if (request.kind() == PermitKind.GUILD && request.scope() != null) {
            throw ProblemException.invalid("scope", "applies to establishment and operating licences only; leave it out of a guild licence");
        }
        if (request.kind() != PermitKind.GUILD && request.guildTerm() != null) {
            throw ProblemException.invalid("guildTerm", "applies to guild licences only; leave it out of " + request.kind() + " licences");
        }
        String province = Province.byCode(request.province()).orElseThrow().code();
        if (request.estateCode() != null && !request.estateCode().startsWith(province + "-")) {
            throw ProblemException.invalid("estateCode", "must belong to the licence's province " + province);
        }
    }
}
