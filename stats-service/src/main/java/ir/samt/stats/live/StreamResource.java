package ir.samt.stats.live;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import ir.samt.platform.province.Province;
import ir.samt.stats.query.Period;
import ir.samt.stats.query.ProvinceParams;
import ir.samt.stats.query.StatsService;

/** Server-Sent Events: the current-year totals now, then again whenever they change (coalesced, see {@link LiveTotals}). */
@Path("/stats")
// as StatsResource: anonymous by default, a bearer token with stats-reader where reads are closed
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "jwt"))
public class StreamResource {

    @Inject
    LiveTotals live;

    @Inject
    StatsService stats;

    @GET
    @Path("/provinces/{code}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(operationId = "streamProvinceTotals", summary = "Server-Sent Events: the province's current-year totals now and on every change")
    @APIResponse(responseCode = "200", description = "An event stream; each event's data is the province summary as JSON")
    @APIResponse(responseCode = "404", description = "Not a current ISO 3166-2:IR province code")
    public Multi<Object> province(@PathParam("code") String code) {
        Province province = ProvinceParams.province(code);
        return live.stream(province.code(), stats.summary(province, Period.currentYear()).view());
    }

    @GET
    @Path("/national/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(operationId = "streamNationalTotals", summary = "Server-Sent Events: the national current-year totals now and on every change")
    @APIResponse(responseCode = "200", description = "An event stream; each event's data is the national summary as JSON")
    public Multi<Object> national() {
        return live.stream(LiveTotals.NATIONAL, stats.nationalSummary(Period.currentYear()));
    }
}
