package ir.samt.units.estate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

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

    public static final String AGGREGATE = "estate";
    public static final String REGISTERED = "ir.samt.estate.registered";

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
        outbox.publish(AGGREGATE, estate.code, REGISTERED, estate.createdAt, data(estate));
        return estate;
    }

    public Estate get(String code) {
        Estate estate = Estate.findById(code == null ? "" : code.toUpperCase());
        if (estate == null) {
            throw ProblemException.notFound("Industrial town or zone", code);
        }
        return estate;
    }

    /** The {@code data} of ir.samt.estate.registered (docs/events.md). */
    static Map<String, Object> data(Estate estate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("estateCode", estate.code);
        data.put("kind", estate.kind);
        data.put("province", estate.province);
        data.put("county", estate.county);
        data.put("nameFa", estate.nameFa);
        data.put("nameEn", estate.nameEn);
        data.put("effectiveDate", estate.establishedOn.toString());
        return data;
    }
}
