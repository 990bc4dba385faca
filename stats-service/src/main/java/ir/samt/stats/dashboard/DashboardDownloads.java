package ir.samt.stats.dashboard;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;
import ir.samt.platform.province.Province;
import ir.samt.stats.query.Period;
import ir.samt.stats.query.ProvinceParams;
import ir.samt.stats.query.Views;

/**
 * Every table of the dashboard as CSV and JSON (open data): the same rows the page shows, exact values,
 * ISO and Jalali dates. Refusals are problem+json like the read API's.
 */
@Path("/dashboard")
@Blocking
public class DashboardDownloads {

    static final MediaType CSV = new MediaType("text", "csv", "UTF-8");

    @Inject
    ProvinceDashboard provinces;

    @Inject
    NationalDashboard national;

    @GET
    @Path("/provinces/{code}/{table}.csv")
    @Produces("text/csv")
    public Response provinceCsv(@PathParam("code") String code, @PathParam("table") String table,
            @QueryParam("year") String year, @QueryParam("month") String month, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("lang") String lang) {
        Province province = ProvinceParams.province(code);
        PageQuery query = query(year, month, from, to, lang);
        DataTable data = provinces.table(province, query, table);
        return csv(data, query, province.code() + "-" + table);
    }

    @GET
    @Path("/provinces/{code}/{table}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> provinceJson(@PathParam("code") String code, @PathParam("table") String table,
            @QueryParam("year") String year, @QueryParam("month") String month, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("lang") String lang) {
        Province province = ProvinceParams.province(code);
        PageQuery query = query(year, month, from, to, lang);
        Map<String, Object> json = TableDownloads.json(provinces.table(province, query, table), Views.period(query.period()));
        json.put("province", Views.province(province));
        return json;
    }

    @GET
    @Path("/national.csv")
    @Produces("text/csv")
    public Response nationalCsv(@QueryParam("year") String year, @QueryParam("month") String month,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
            @QueryParam("indicator") String indicator, @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        PageQuery query = query(year, month, from, to, lang);
        return csv(national.table(query, indicator, sort, dir), query, "IR-national");
    }

    @GET
    @Path("/national.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> nationalJson(@QueryParam("year") String year, @QueryParam("month") String month,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
            @QueryParam("indicator") String indicator, @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        PageQuery query = query(year, month, from, to, lang);
        return TableDownloads.json(national.table(query, indicator, sort, dir), Views.period(query.period()));
    }

    private static PageQuery query(String year, String month, String from, String to, String lang) {
        return new PageQuery(DashboardPeriod.parse(year, month, from, to), Lang.parse(lang), Map.of());
    }

    private static Response csv(DataTable table, PageQuery query, String name) {
        Period period = query.period();
        String file = name + "-" + period.label().replaceAll("[^0-9A-Za-z.-]+", "_") + ".csv";
        return Response.ok(TableDownloads.csv(table, Words.of(query.lang())), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
