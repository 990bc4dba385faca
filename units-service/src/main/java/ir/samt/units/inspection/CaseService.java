package ir.samt.units.inspection;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.samt.contracts.inspections.CaseStatus;
import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.outbox.Outbox;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.security.ProvinceScope;

/** Records what came back from the Discretionary Penalties Organization: a ruling or a closure, each with its event. */
@ApplicationScoped
public class CaseService {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public CaseFile get(UUID id) {
        CaseFile c = CaseFile.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Case file", id);
        }
        return c;
    }

    @Transactional
    public CaseFile rule(UUID id, RuleCaseRequest request, String scope) {
        CaseFile c = forChange(id, scope);
        LocalDate today = today();
        c.rule(request.ruledOn() == null ? today : request.ruledOn(), BigInteger.valueOf(request.penaltyRials()), today);
        return decided(c, request.note(), InspectionEvents.RULED);
    }

    @Transactional
    public CaseFile close(UUID id, CloseCaseRequest request, String scope) {
        CaseFile c = forChange(id, scope);
        LocalDate today = today();
        c.close(request.closedOn() == null ? today : request.closedOn(), today);
        return decided(c, request.note(), InspectionEvents.CLOSED);
    }

    private CaseFile decided(CaseFile c, String note, String type) {
        c.decisionNote = note == null || note.isBlank() ? null : PersianText.normalize(note);
        c.updatedAt = OffsetDateTime.now(clock);
        em.flush(); // a concurrent change fails here, as a 409, before the event is written
        outbox.publish(InspectionEvents.CASE, c.unitKey, type, c.updatedAt, InspectionEvents.caseData(c, CaseStatus.REFERRED));
        return c;
    }

    private CaseFile forChange(UUID id, String scope) {
        CaseFile c = get(id);
        if (!ProvinceScope.mayWrite(scope, c.province)) {
            throw ProblemException.forbidden("Your token is scoped to " + scope + " and may not change cases of " + c.province);
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Jalali.TEHRAN));
    }
}
