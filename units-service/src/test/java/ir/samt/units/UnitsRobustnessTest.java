package ir.samt.units;

import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.testing.robustness.RobustnessContract;
import ir.samt.platform.testing.robustness.RobustnessTarget;

/**
 * Thousands of generated malformed, oversized and hostile requests against every operation of the
 * units service's OpenAPI document, the bulk import included: never a 5xx, every refusal a problem
 * detail, nothing malformed stored. Writes are in Alborz (IR-30), which no other test of this module uses.
 */
@QuarkusTest
class UnitsRobustnessTest extends RobustnessContract {

    private static final String CSV_HEADER =
            "externalRef,kind,guildGroup,name,nationalId,province,county,estateCode,activityCode,employees,licenceNumber,registeredOn\n";

    @Override
    protected RobustnessTarget target() {
        return RobustnessTarget.service("units-service")
                .province("IR-30")
                // the document's security requirement is class-level and names no roles
                .roles("units-officer", "units-reader", "inspections-officer", "inspections-reader")
                .lifecycle("POST /units", "POST /units/{id}/stagnation", "POST /units/{id}/revival", "POST /units/{id}/closure")
                .seed("POST /units", """
                        {"kind":"GUILD","guildGroup":"PRODUCTION_TECHNICAL","name":"کفش‌دوزی ماشینی یاس","nationalId":"0076229645",
                         "province":"IR-30","county":"کرج","activityCode":"1920","employees":12,"registeredOn":"2024-05-10"}""", """
                        {"kind":"INDUSTRIAL","name":"شركت پاكشوما البرز","nationalId":"10380284790","province":"IR-30","county":"کرج",
                         "activityCode":"2930","employees":550,"licenceNumber":"30-1404-000123","registeredOn":"1403/01/15"}""")
                .seed("POST /estates", estate("IR-30-T01", "TOWN"), estate("IR-30-T02", "TOWN"), estate("IR-30-Z01", "ZONE"),
                        estate("IR-30-T03", "TOWN"), estate("IR-30-Z02", "ZONE"))
                .seed("POST /units/{id}/stagnation", """
                        {"stagnatedOn":"2025-01-15","reasons":["LIQUIDITY","ENERGY"],"note":"کمبود نقدینگی و قطعی برق"}""")
                .seed("POST /units/{id}/revival", """
                        {"revivedOn":"2025-06-01","supporters":["SAMT","BANKS"],"newInvestmentRials":"79365079365",
                         "jobsRestored":16,"note":"با تسهیلات کارگروه رفع موانع تولید"}""")
                .seed("POST /units/{id}/closure", """
                        {"closedOn":"2025-08-01","note":"انحلال شرکت"}""")
                .seed("POST /units/import", "text/csv\n" + CSV_HEADER
                        + "ROBUST-G-1,GUILD,PRODUCTION_TECHNICAL,کفش‌دوزی یاس,0076229645,IR-30,کرج,,1920,4,,1403/11/02\n"
                        + "ROBUST-I-2,INDUSTRIAL,,شرکت پاکشوما,10380284790,IR-30,کرج,,2930,550,30-1404-000123,2025-05-10\n",
                        "application/x-ndjson\n"
                        + "{\"externalRef\":\"ROBUST-N-1\",\"kind\":\"GUILD\",\"guildGroup\":\"DISTRIBUTION_SERVICES\",\"name\":\"سوپرمارکت ۱۲ فروردین\","
                        + "\"nationalId\":\"0076229645\",\"province\":\"IR-30\",\"county\":\"کرج\",\"activityCode\":\"5211\",\"employees\":3}\n"
                        + "{\"externalRef\":\"ROBUST-N-2\",\"kind\":\"GUILD\",\"guildGroup\":\"PRODUCTION_TECHNICAL\",\"name\":\"نانوایی\","
                        + "\"nationalId\":\"0076229645\",\"province\":\"IR-30\",\"county\":\"کرج\",\"activityCode\":\"1541\",\"employees\":2}\n")
                .seed("POST /campaigns", """
                        {"code":"ROBUST-NOWRUZ","nameFa":"طرح نظارتی نوروز","nameEn":"Nowruz","province":"IR-30",
                         "startsOn":"2025-03-01","endsOn":"2025-04-15","priorityGoods":["برنج","مرغ"]}""")
                .seed("POST /inspections", """
                        {"unit":{"name":"سوپرمارکت کرج","address":"کرج، میدان آزادی","nationalId":"0076229645","province":"IR-30",
                         "county":"کرج","activityCode":"5211"},"inspectorKind":"JOINT_PATROL","partners":["CHAMBER_OF_GUILDS"],
                         "inspectedOn":"2025-04-01","violations":[{"type":"OVERPRICING","amountRials":"850000000"}],
                         "note":"نرخ‌نامه نصب نشده بود"}""", """
                        {"unit":{"name":"نانوایی","address":"کرج","nationalId":"10380284790","province":"IR-30","county":"کرج"},
                         "inspectorKind":"INSPECTOR","inspectedOn":"1404/01/20","violations":[]}""")
                .seed("POST /inspections/batch", """
                        {"visits":[{"unit":{"name":"قصابی","address":"کرج","nationalId":"1583250689","province":"IR-30",
                         "county":"کرج"},"inspectorKind":"HONORARY_INSPECTOR","inspectedOn":"2025-05-01",
                         "violations":[{"type":"NO_PRICE_LIST"}]}]}""")
                .seed("POST /cases/{caseId}/ruling", """
                        {"ruledOn":"2025-06-01","penaltyRials":"1200000000","note":"رأی شعبه ۳"}""")
                .seed("POST /cases/{caseId}/closure", """
                        {"closedOn":"2025-06-01","note":"تخلف محرز نشد"}""")
                // Found by this suite: Vert.x answers these while decoding the request, before any route or
                // exception mapper of ours runs, with an empty body. A problem+json body needs a production change.
                .knownDefect("refused before routing without a problem detail",
                        "413/414/431 with an empty body: body beyond quarkus.http.limits.max-body-size, request line beyond "
                                + "max-initial-line-length, headers beyond max-header-size")
                .pathValues("code", "IR-30-T01", "IR-25-T01", "ROBUST-NOWRUZ");
    }

    private static String estate(String code, String kind) {
        return "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"nameFa\":\"شهرک صنعتی اشتهارد\",\"nameEn\":\"Eshtehard\","
                + "\"province\":\"IR-30\",\"county\":\"اشتهارد\"}";
    }
}
