package ir.samt.scenario;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The article's figures beside what the stats service answers for Qom, 1404. */
public final class ArticleFigures {

    /** One figure: where it is in the stats summary, what the article says, and what was found. */
    public record Row(String label, String path, String expected, String actual) {
        public boolean matches() {
            return expected.equals(actual);
        }
    }

    private ArticleFigures() {
    }

    public static List<Row> rows(JsonNode summary) {
        List<Row> rows = new ArrayList<>();
        add(rows, summary, "Operating licences (پروانه بهره‌برداری)", "/indicators/licences.issued.OPERATING.count",
                ArticleScenario.OPERATING_NEW + ArticleScenario.OPERATING_EXPANSION);
        add(rows, summary, "  of which new (ایجادی)", "/licences/issued/byKind/OPERATING/byScope/NEW/count", ArticleScenario.OPERATING_NEW);
        add(rows, summary, "  of which expansion (توسعه‌ای)", "/licences/issued/byKind/OPERATING/byScope/EXPANSION/count",
                ArticleScenario.OPERATING_EXPANSION);
        add(rows, summary, "  investment, rials (14,000 bn tomans)", "/indicators/licences.issued.OPERATING.fixedInvestmentRials",
                ArticleScenario.OPERATING_INVESTMENT_RIALS);
        add(rows, summary, "  jobs", "/indicators/licences.issued.OPERATING.jobs", ArticleScenario.OPERATING_JOBS);
        add(rows, summary, "Investment (establishment) licences", "/indicators/licences.issued.ESTABLISHMENT.count",
                ArticleScenario.ESTABLISHMENT);
        add(rows, summary, "  investment, rials (25,000 bn tomans)",
                "/indicators/licences.issued.ESTABLISHMENT.fixedInvestmentRials", ArticleScenario.ESTABLISHMENT_INVESTMENT_RIALS);
        add(rows, summary, "Active guild units", "/indicators/stocks.activeGuildUnits", ArticleScenario.GUILD_UNITS);
        add(rows, summary, "Industrial towns and zones", "/indicators/stocks.estates", ArticleScenario.ESTATES);
        add(rows, summary, "Stagnant units revived", "/indicators/units.revived.count", ArticleScenario.REVIVED);
        add(rows, summary, "  new investment, rials (~500 bn tomans)", "/indicators/units.revived.newInvestmentRials",
                ArticleScenario.REVIVAL_INVESTMENT_RIALS);
        add(rows, summary, "  jobs restored", "/indicators/units.revived.jobsRestored", ArticleScenario.REVIVAL_JOBS);
        add(rows, summary, "Establishment projects over 60 % complete", "/projects/byProgress/ABOVE_60",
                ArticleScenario.PROJECTS_ABOVE_60);
        add(rows, summary, "  30 to 60 %", "/projects/byProgress/FROM_30_TO_60", ArticleScenario.PROJECTS_30_TO_60);
        add(rows, summary, "  under 30 %", "/projects/byProgress/BELOW_30", ArticleScenario.PROJECTS_BELOW_30);
        add(rows, summary, "  completed (100 %)", "/projects/byProgress/COMPLETED", ArticleScenario.PROJECTS_COMPLETED);
        add(rows, summary, "  completed in 1404", "/indicators/projects.completed.count", ArticleScenario.PROJECTS_COMPLETED);
        return rows;
    }

    public static String compare(JsonNode summary) {
        StringBuilder out = new StringBuilder(String.format("%n%-45s %20s %20s%n", "Qom (IR-25), 1404", "article", "stats-service"));
        for (Row row : rows(summary)) {
            out.append(String.format("%-45s %20s %20s %s%n", row.label(), row.expected(), row.actual(), row.matches() ? "✓" : "✗"));
        }
        return out.toString();
    }

    private static void add(List<Row> rows, JsonNode summary, String label, String path, long expected) {
        JsonNode node = summary.at(path);
        rows.add(new Row(label, path, Long.toString(expected), node.isMissingNode() ? "missing" : node.asText()));
    }
}
