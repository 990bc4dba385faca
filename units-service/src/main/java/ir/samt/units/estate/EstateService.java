package ir.samt.units.estate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ir.samt.platform.calendar.Jalali;
import ir.samt.platform.outbox.Outbox;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;

/** Registers industrial towns and zones; each registration and its event commit together. */
@ApplicationScoped
public class EstateService {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public Estate register(RegisterEstateRequest request) {
        String province = Province.byCode(request.province()).orElseThrow().code();
        String code = request.code();
        if (!code.startsWith(province + "-")) {
            throw ProblemException.invalid("code", "must start with the estate's province, " + province + "-");
        }
        if (code.charAt(6) != request.kind().codeLetter()) {
            throw ProblemException.invalid("code", "a " + request.kind() + " code has the letter "
                    + request.kind().codeLetter() + " after the province, e.g. " + province + "-"
                    + request.kind().codeLetter() + "01");
        }
        LocalDate today = LocalDate.now(clock.withZone(Jalali.TEHRAN));
        if (request.establishedOn() != null && request.establishedOn().isAfter(today)) {
            throw ProblemException.invalid("establishedOn", "must not be in the future");
        }
        if (Estate.findById(code) != null) {
            throw ProblemException.conflict("estate-exists", "Estate already registered",
                    "An industrial town or zone with code " + code + " already exists");
        }
        Estate estate = new Estate();
        estate.code = code;
        estate.kind = request.kind();
        estate.nameFa = PersianText.normalize(request.nameFa());
        estate.nameEn = request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().strip();
        estate.province = province;
        estate.county = PersianText.normalize(request.county());
        estate.createdAt = OffsetDateTime.now(clock);
        estate.establishedOn = request.establishedOn() != null ? request.establishedOn() : today;
        estate.persist();
        em.flush();
        outbox.publish(EstateEvents.AGGREGATE, estate.code, EstateEvents.REGISTERED, estate.createdAt,
                EstateEvents.registered(estate));
        return estate;
    }

    public Estate get(String code) {
        Estate estate = Estate.findById(code == null ? "" : code.toUpperCase());
        if (estate == null) {
            throw ProblemException.notFound("Industrial town or zone", code);
        }
        return estate;
    }
}
