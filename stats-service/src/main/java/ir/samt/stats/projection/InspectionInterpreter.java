package ir.samt.stats.projection;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ir.samt.contracts.EventData;
import ir.samt.contracts.inspections.CaseData;
import ir.samt.contracts.inspections.InspectionData;
import ir.samt.contracts.inspections.Violation;
import ir.samt.platform.persian.PersianText;
import ir.samt.platform.sector.Sector;

/**
 * What the market-inspection events count for ({@link InspectionMetric}): a visit counts itself, whether it found
 * violations, and each violation by type with its amount; a case counts its opening, its ruling (with the penalty)
 * or its closure. Each figure also counts under the event's campaign, if it has one. Strict where a wrong guess
 * would corrupt totals (unknown violation type or status, a malformed campaign code or sector).
 */
final class InspectionInterpreter {

    private static final Pattern CAMPAIGN = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");
    private static final Pattern SECTOR = Pattern.compile("[0-9]{2}");

    private InspectionInterpreter() {
    }

    static boolean counts(EventData data) {
        return data instanceof InspectionData || data instanceof CaseData;
    }

    static List<Delta> deltas(String action, EventData data) throws InvalidEventException {
        List<Delta> deltas = new ArrayList<>();
        String campaign;
        if (data instanceof InspectionData visit) {
            campaign = campaign(visit.campaignCode());
            if (visit.violations() == null) {
                throw new InvalidEventException("data.violations is missing");
            }
            deltas.add(Delta.count(InspectionMetric.VISIT, 1));
            if (!visit.violations().isEmpty()) {
                deltas.add(Delta.count(InspectionMetric.VISIT_WITH_VIOLATIONS, 1));
            }
            for (Violation v : visit.violations()) {
                if (v == null || v.type() == null) {
                    throw new InvalidEventException("data.violations holds a violation without a type");
                }
                BigInteger amount = v.amountRials() == null ? BigInteger.ZERO : v.amountRials();
                deltas.add(new Delta(InspectionMetric.violation(v.type().name()), 1, amount, 0));
            }
        } else {
            CaseData c = (CaseData) data;
            campaign = campaign(c.campaignCode());
            switch (action) {
                case "opened" -> deltas.add(Delta.count(InspectionMetric.CASE_OPENED, 1));
                case "ruled" -> {
                    if (c.penaltyRials() == null) {
                        throw new InvalidEventException("data.penaltyRials is missing");
                    }
                    deltas.add(new Delta(InspectionMetric.CASE_RULED, 1, c.penaltyRials(), 0));
                }
                default -> deltas.add(Delta.count(InspectionMetric.CASE_CLOSED, 1));
            }
        }
        if (campaign != null) {
            for (Delta d : List.copyOf(deltas)) {
                deltas.add(new Delta(InspectionMetric.ofCampaign(campaign, d.metric()), d.count(), d.amountRials(), d.jobs()));
            }
        }
        return deltas;
    }

    /** The event's sector, or the division of a visit's activity code ('' when unknown: an unregistered unit). */
    static String sector(EventData data) throws InvalidEventException {
        String sector = data instanceof InspectionData v ? v.sector() : ((CaseData) data).sector();
        if (sector != null && !sector.isBlank()) {
            sector = PersianText.toAsciiDigits(sector).strip();
            if (!SECTOR.matcher(sector).matches()) {
                throw new InvalidEventException("data.sector must be a 2-digit ISIC division: " + sector);
            }
            return sector;
        }
        String activity = data instanceof InspectionData v ? v.activityCode() : null;
        return activity == null ? "" : Sector.ofActivityCode(activity).map(Sector::code).orElse("");
    }

    private static String campaign(String code) throws InvalidEventException {
        if (code == null) {
            return null;
        }
        if (!CAMPAIGN.matcher(code).matches()) {
            throw new InvalidEventException("data.campaignCode must be 2 to 16 capital letters, digits or dashes: " + code);
        }
        return code;
    }
}
