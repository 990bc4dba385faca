package ir.samt.units.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.samt.platform.testing.Tokens;

/** Callers and request bodies shared by the inspection tests. */
final class InspectionRequests {

    static final String QOM_INSPECTOR = Tokens.of("inspector-qom", "IR-25", "inspections-officer");
    static final String TEHRAN_INSPECTOR = Tokens.of("inspector-tehran", "IR-23", "inspections-officer");
    static final String NATIONAL_INSPECTOR = Tokens.of("inspector-national", "IR", "inspections-officer");
    static final String INSPECTIONS_READER = Tokens.of("inspections-reader", null, "inspections-reader");
    static final String UNITS_OFFICER = Tokens.of("officer-qom", "IR-25", "units-officer");

    private InspectionRequests() {
    }

    /** A fresh, valid 10-digit national code (check digit as domain.md §2), so each test's unregistered unit is its own. */
    static String nationalCode() {
        while (true) {
            int[] d = new int[10];
            int s = 0;
            for (int i = 0; i < 9; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                s += d[i] * (10 - i);
            }
            int r = s % 11;
            d[9] = r < 2 ? r : 11 - r;
            StringBuilder code = new StringBuilder();
            for (int digit : d) {
                code.append(digit);
            }
            String value = code.toString();
            if (!value.chars().allMatch(c -> c == value.charAt(0)) && !value.substring(3, 9).equals("000000")) {
                return value;
            }
        }
    }

    static String campaignCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> campaign(String code, String province, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameFa", "نظارت ویژه ایام جنگ دوازده‌روزه");
        body.put("nameEn", "12-day war special supervision");
        body.put("province", province);
        body.put("startsOn", from);
        body.put("endsOn", to);
        body.put("priorityGoods", List.of("تخم‌مرغ", "مرغ", "روغن خوراکی"));
        return body;
    }

    static Map<String, Object> violation(String type, String amountRials) {
        Map<String, Object> v = new HashMap<>();
        v.put("type", type);
        if (amountRials != null) {
            v.put("amountRials", amountRials);
        }
        return v;
    }

    /** A visit by an inspector of a registered unit. */
    static Map<String, Object> visitOf(String unitId, String on, List<Map<String, Object>> violations) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("inspectorKind", "INSPECTOR");
        body.put("inspectedOn", on);
        body.put("violations", new ArrayList<>(violations));
        return body;
    }

    /** A joint patrol's visit of an unregistered grocery in Qom. */
    static Map<String, Object> visitOfUnregistered(String nationalId, String on, List<Map<String, Object>> violations) {
        Map<String, Object> unit = new HashMap<>();
        unit.put("name", "سوپرمارکت نمونه");
        unit.put("address", "قم، خیابان صفائیه، پلاک ۱۲");
        unit.put("nationalId", nationalId);
        unit.put("province", "IR-25");
        unit.put("county", "قم");
        unit.put("activityCode", "5211");
        Map<String, Object> body = new HashMap<>();
        body.put("unit", unit);
        body.put("inspectorKind", "JOINT_PATROL");
        body.put("partners", List.of("DISCRETIONARY_PENALTIES", "CHAMBER_OF_GUILDS"));
        body.put("inspectedOn", on);
        body.put("violations", new ArrayList<>(violations));
        return body;
    }
}
