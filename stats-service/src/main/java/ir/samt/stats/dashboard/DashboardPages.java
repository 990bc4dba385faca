package ir.samt.stats.dashboard;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.stats.query.ProvinceParams;

/**
 * The public dashboard's pages (docs/stats.md, "Dashboard"): server-rendered HTML, so every figure is
 * readable without JavaScript; {@code dashboard.js} only keeps an open page live. Who may see them is
 * decided with the read API's own policy (the {@code stats-read} permission covers {@code /dashboard}).
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DashboardPages {

    @CheckedTemplate(basePath = "dashboard")
    static class Templates {
        static native TemplateInstance national(NationalPage page);

        static native TemplateInstance province(ProvincePage page);

        static native TemplateInstance problem(Lang lang, Words words, Problem problem, String field);
    }

    @Inject
    ProvinceDashboard provinces;

    @Inject
    NationalDashboard national;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance national(@QueryParam("year") String year, @QueryParam("month") String month,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
            @QueryParam("indicator") String indicator, @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        Map<String, String> extra = new LinkedHashMap<>();
        put(extra, "indicator", indicator);
        put(extra, "sort", sort);
        put(extra, "dir", dir);
        PageQuery query = new PageQuery(DashboardPeriod.parse(year, month, from, to), Lang.parse(lang), extra);
        return Templates.national(national.page(query, indicator, sort, dir, ZonedDateTime.now(clock)));
    }

    @GET
    @Path("/provinces/{code}")
    public TemplateInstance province(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("month") String month, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("lang") String lang, @QueryParam("measure") String measure) {
        Province province = ProvinceParams.province(code);
        Map<String, String> extra = new LinkedHashMap<>();
        put(extra, "measure", measure);
        PageQuery query = new PageQuery(DashboardPeriod.parse(year, month, from, to), Lang.parse(lang), extra);
        return Templates.province(provinces.page(province, query, measure, ZonedDateTime.now(clock)));
    }

    /**
     * A refused page is answered as a page: the same problem (status, title, the field at fault) a
     * program gets as problem+json, in the visitor's language where it was readable.
     */
    @ServerExceptionMapper
    public Response problem(ProblemException e, jakarta.ws.rs.core.UriInfo uri) {
        Problem problem = e.problem();
        Lang lang;
        try {
            lang = Lang.parse(uri.getQueryParameters().getFirst("lang"));
        } catch (ProblemException unreadable) {
            lang = Lang.FA;
        }
        String field = problem.errors() == null || problem.errors().isEmpty() ? null : problem.errors().get(0).field();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(lang, Words.of(lang), problem, field).render()).build();
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.strip());
        }
    }
}
