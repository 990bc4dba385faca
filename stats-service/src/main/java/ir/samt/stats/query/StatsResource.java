package ir.samt.stats.query;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

import io.smallrye.common.annotation.Blocking;
import ir.samt.platform.openapi.ProblemResponses;

/**
 * Read API of the provincial totals (docs/stats.md). Parameters are checked here, figures come from
 * {@link StatsService}; who may read is decided for the whole path by {@link StatsReadPolicy}.
 */
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
// anonymous by default; a bearer token with stats-reader where the deployment closes reads (samt.stats.public-read=false)
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
public class StatsResource {

    @Inject
    StatsService stats;

    @GET
    @Path("/provinces/{code}")
    @Operation(operationId = "getProvinceSummary", summary = "A province's flows over a period and its stocks at the period's end")
    @APIResponse(responseCode = "200", description = "The summary; an ETag over its bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.Summary.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match tag")
    @APIResponse(responseCode = "404", description = "Not a current ISO 3166-2:IR province code")
    public Response province(@PathParam("code") String code, @Context Request request,
            @Parameter(description = "Jalali (fiscal) year, e.g. 1404") @QueryParam("year") String year,
            @Parameter(description = "Jalali month, e.g. 1404-01") @QueryParam("month") String month,
            @Parameter(description = "ISO date, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO date, inclusive") @QueryParam("to") String to) {
        RenderedJson summary = stats.summary(ProvinceParams.province(code), Period.parse(year, month, from, to)).json();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(summary.etag());
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(summary.bytes(), MediaType.APPLICATION_JSON_TYPE).tag(summary.etag()).build();
    }

    @GET
    @Path("/provinces/{code}/breakdown")
    @Operation(operationId = "getProvinceBreakdown", summary = "A province's figures by sector, industrial town/zone, county or Jalali month")
    @APIResponse(responseCode = "200", description = "The breakdown")
    @APIResponse(responseCode = "404", description = "Not a current ISO 3166-2:IR province code")
    public Views.Breakdown breakdown(@PathParam("code") String code, @QueryParam("by") String by,
            @QueryParam("year") String year, @QueryParam("month") String month, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return stats.breakdown(ProvinceParams.province(code), by, Period.parse(year, month, from, to));
    }

    @GET
    @Path("/national")
    @Operation(operationId = "getNationalTable", summary = "The national table: every province's indicators and their sum")
    public Views.National national(@QueryParam("year") String year, @QueryParam("month") String month,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return stats.national(Period.parse(year, month, from, to));
    }

    @GET
    @Path("/rankings")
    @Operation(operationId = "getRankings", summary = "Provinces ranked by one indicator, with rank, out of how many, and tercile")
    public Views.Rankings rankings(@QueryParam("indicator") String indicator, @QueryParam("province") String province,
            @QueryParam("year") String year, @QueryParam("month") String month, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return stats.rankings(indicator, Period.parse(year, month, from, to), ProvinceParams.provinceParam(province));
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "listIndicators", summary = "The names rankings accept")
    @Extension(name = ProblemResponses.NO_DATABASE, value = "true")
    public java.util.List<String> indicators() {
        return Indicators.NAMES;
    }
}
