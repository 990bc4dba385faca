package ir.samt.units.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ir.samt.platform.persian.PersianText;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;

/**
 * Creates supervision campaigns. A campaign is a label and a window that visits refer to; the visits' events carry
 * its code, so stats needs no campaign event of its own (docs/inspections.md).
 */
@ApplicationScoped
public class CampaignService {

    @Inject
    Clock clock;

    @Transactional
    public Campaign create(CreateCampaignRequest request, String province) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        if (Campaign.findById(request.code()) != null) {
            throw ProblemException.conflict("campaign-exists", "Campaign already exists",
                    "A campaign with code " + request.code() + " already exists");
        }
        Campaign c = new Campaign();
        c.code = request.code();
        c.nameFa = PersianText.normalize(request.nameFa());
        c.nameEn = request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().strip();
        c.province = province;
        c.startsOn = request.startsOn();
        c.endsOn = request.endsOn();
        request.priorityGoods().forEach(g -> c.priorityGoods.add(PersianText.normalize(g)));
        c.createdAt = OffsetDateTime.now(clock);
        c.persist();
        return c;
    }

    /** {@code IR} (national) or a current province code in canonical form. */
    static String area(String raw) {
        if (raw != null && "IR".equalsIgnoreCase(raw.strip())) {
            return "IR";
        }
        return Province.byCode(raw).map(Province::code)
                .orElseThrow(() -> ProblemException.invalid("province", "must be IR or a current ISO 3166-2:IR province code such as IR-25"));
    }
}
