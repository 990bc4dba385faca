package ir.samt.stats.rebuild;

import java.sql.SQLException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import ir.samt.platform.security.Roles;

/** Admin operation: rebuild the projections from the topics (docs/stats.md, "Rebuild"). */
@Path("/stats/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STATS_ADMIN)
@Blocking
public class RebuildResource {

    @Inject
    RebuildService rebuilds;

    @Inject
    RebuildState state;

    @Inject
    SecurityIdentity identity;

    @POST
    @Operation(operationId = "startRebuild", summary = "Rebuild the projections from the topics",
            description = "force=true starts it even while another replica holds the rebuild lease.")
    @APIResponseSchema(value = RebuildState.Status.class, responseCode = "202", responseDescription = "Started")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Response start(@QueryParam("force") boolean force) throws SQLException {
        RebuildState.Status status = rebuilds.start(identity.getPrincipal().getName(), force);
        return Response.accepted(status).build();
    }

    @GET
    @Operation(operationId = "getRebuildStatus", summary = "The rebuild's state (LIVE when none runs)")
    public RebuildState.Status status() throws SQLException {
        return state.read();
    }
}
