package ir.samt.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import ir.samt.client.units.model.CreateCampaignRequest;
import ir.samt.client.units.model.InspectorKind;
import ir.samt.client.units.model.PartnerBody;
import ir.samt.client.units.model.RecordInspectionRequest;
import ir.samt.client.units.model.RecordInspectionsRequest;
import ir.samt.client.units.model.UnregisteredUnit;
import ir.samt.client.units.model.ViolationInput;
import ir.samt.client.units.model.ViolationType;

/**
 * The market-inspection part of the scenario (docs/inspections.md), through units-service's API in batches of 500:
 * <ul>
 * <li>Qom's 12-day-war campaign (2025-06-13 .. 2025-06-24, 1404/03/23 .. 1404/04/03), created as an operator would,
 * with inspectors' and joint patrols' visits in its window. The article gives no inspection figures ("inspectors
 * present day and night"), so these are the scenario's own, chosen to be read back exactly.</li>
 * <li>Semnan's (IR-20) reported figures (domain.md §7): 2,622 violations in 2,357 case files worth 2,221.57 bn rials,
 * one case per unit. The report names a Persian year "to date" without saying which; the scenario puts them in
 * 1403, so that 1404's national rankings (Qom's middle tercile) stay among the provinces with licences.</li>
 * </ul>
 */
public final class InspectionScenario {

    public static final String WAR_CAMPAIGN = "QOM-WAR-1404";
    public static final LocalDate WAR_START = LocalDate.of(2025, 6, 13);
    public static final LocalDate WAR_END = LocalDate.of(2025, 6, 24);
    /** Visits in the war's window: 40 a day for 12 days. */
    public static final int WAR_VISITS = 480;
    /** Of them, visits that found violations (one case file each: every unit is visited once). */
    public static final int WAR_VISITS_WITH_VIOLATIONS = 96;
    /** Violations found: one on each, a second on 24 of them. */
    public static final int WAR_VIOLATIONS = 120;
    public static final long WAR_VIOLATIONS_RIALS = 48_000_000_000L; // 4.8 bn tomans

    public static final String SEMNAN = "IR-20";
    public static final int SEMNAN_YEAR = 1403;
    public static final int SEMNAN_CASES = 2_357;
    public static final int SEMNAN_VIOLATIONS = 2_622;
    public static final long SEMNAN_CASES_RIALS = 2_221_570_000_000L; // 2,221.57 bn rials

    private static final int BATCH = 500;
    private static final LocalDate SEMNAN_YEAR_START = LocalDate.of(2024, 3, 20); // 1 Farvardin 1403
    private static final List<ViolationType> WAR_TYPES = List.of(ViolationType.OVERPRICING, ViolationType.HOARDING,
            ViolationType.OUTSIDE_NETWORK, ViolationType.NO_PRICE_TAG, ViolationType.SHORT_SELLING);
    private static final List<ViolationType> REPORTED_TYPES = List.of(ViolationType.OVERPRICING, ViolationType.NO_PRICE_TAG,
            ViolationType.NO_PRICE_LIST, ViolationType.NO_INVOICE, ViolationType.SHORT_SELLING, ViolationType.HYGIENE,
            ViolationType.SMUGGLED_GOODS);

    private final ServiceClients apis;
    private final Random random = new Random(1403);
    private final Set<String> usedIds = new LinkedHashSet<>();

    public InspectionScenario(ServiceClients apis) {
        this.apis = apis;
    }

    public void load() throws Exception {
        apis.campaigns.createCampaign(new CreateCampaignRequest().code(WAR_CAMPAIGN).nameFa("نظارت ویژه ایام جنگ دوازده‌روزه")
                .nameEn("12-day war special supervision").province(ArticleScenario.QOM).startsOn(WAR_START).endsOn(WAR_END)
                .priorityGoods(List.of("تخم‌مرغ", "مرغ", "روغن خوراکی", "برنج", "حبوبات", "لوازم خانگی")), key()).get();
        send(warVisits());
        send(semnanVisits());
    }

    private List<RecordInspectionRequest> warVisits() {
        long[] amounts = Amounts.split(WAR_VIOLATIONS_RIALS, WAR_VIOLATIONS, 1_000_000, random);
        int days = (int) (WAR_END.toEpochDay() - WAR_START.toEpochDay()) + 1;
        List<RecordInspectionRequest> visits = new ArrayList<>(WAR_VISITS);
        int next = 0;
        for (int i = 0; i < WAR_VISITS; i++) {
            RecordInspectionRequest visit = visit(ArticleScenario.QOM, "قم", WAR_START.plusDays(i % days)).campaignCode(WAR_CAMPAIGN);
            if (i % 2 == 0) {
                visit.inspectorKind(InspectorKind.JOINT_PATROL)
                        .partners(new LinkedHashSet<>(List.of(PartnerBody.DISCRETIONARY_PENALTIES, PartnerBody.CHAMBER_OF_GUILDS)));
            }
            if (i % 5 == 0) { // 96 visits found something
                int found = i % 20 == 0 ? 2 : 1; // 24 found two
                for (int v = 0; v < found; v++) {
                    visit.addViolationsItem(new ViolationInput().type(WAR_TYPES.get(next % WAR_TYPES.size()))
                            .amountRials(Long.toString(amounts[next])));
                    next++;
                }
            }
            visits.add(visit);
        }
        return visits;
    }

    private List<RecordInspectionRequest> semnanVisits() {
        long[] amounts = Amounts.split(SEMNAN_CASES_RIALS, SEMNAN_VIOLATIONS, 10_000, random);
        int twice = SEMNAN_VIOLATIONS - SEMNAN_CASES; // units found with two violations
        List<RecordInspectionRequest> visits = new ArrayList<>(SEMNAN_CASES);
        int next = 0;
        for (int i = 0; i < SEMNAN_CASES; i++) {
            RecordInspectionRequest visit = visit(SEMNAN, "سمنان", SEMNAN_YEAR_START.plusDays(random.nextInt(365)));
            for (int v = 0; v < (i < twice ? 2 : 1); v++) {
                visit.addViolationsItem(new ViolationInput().type(REPORTED_TYPES.get(random.nextInt(REPORTED_TYPES.size())))
                        .amountRials(Long.toString(amounts[next++])));
            }
            visits.add(visit);
        }
        return visits;
    }

    /** A visit by an inspector of a shop identified by name, address and a national code of its own. */
    private RecordInspectionRequest visit(String province, String county, LocalDate on) {
        String nationalId;
        do {
            nationalId = Names.nationalCode(random);
        } while (!usedIds.add(nationalId));
        UnregisteredUnit shop = new UnregisteredUnit().name(Names.guildUnit(random)).address(county + "، بازار، پلاک " + (1 + random.nextInt(400)))
                .nationalId(nationalId).province(province).county(county).activityCode("5211");
        return new RecordInspectionRequest().unit(shop).inspectorKind(InspectorKind.INSPECTOR).inspectedOn(on)
                .violations(new ArrayList<>());
    }

    private void send(List<RecordInspectionRequest> visits) throws Exception {
        for (int from = 0; from < visits.size(); from += BATCH) {
            List<RecordInspectionRequest> batch = visits.subList(from, Math.min(visits.size(), from + BATCH));
            apis.inspections.recordInspections(new RecordInspectionsRequest().visits(new ArrayList<>(batch)), key()).get();
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
