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
    public Response start(@QueryParam("force") boolean force) throws SQLException {
        RebuildState.Status status = rebuilds.start(identity.getPrincipal().getName(), force);
        return Response.accepted(status).build();
    }

    @GET
    public RebuildState.Status status() throws SQLException {
        return state.read();
    }
}
