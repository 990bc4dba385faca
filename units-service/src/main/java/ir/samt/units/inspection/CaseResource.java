package ir.samt.units.inspection;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.samt.platform.idempotency.IdempotentRequests;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.security.Roles;

/** Case files (پرونده تخلف): read, and what came back from the Discretionary Penalties Organization. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
@SecurityRequirement(name = "jwt")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    IdempotentRequests idempotent;

    @GET
    @Path("/{caseId}")
    @RolesAllowed({ Roles.INSPECTIONS_READER, Roles.INSPECTIONS_OFFICER })
    @Operation(operationId = "getCase", summary = "Get a case file")
    @APIResponse(responseCode = "200", description = "The case file")
    public CaseView get(@PathParam("caseId") UUID id) {
        return CaseView.of(cases.get(id));
    }

    @POST
    @Path("/{caseId}/ruling")
    @RolesAllowed(Roles.INSPECTIONS_OFFICER)
    @Operation(operationId = "ruleCase", summary = "Record the penalty ruled on a referred case",
            description = "REFERRED becomes RULED (ir.samt.case.ruled); a case already ruled or closed is a 409.")
    @APIResponseSchema(value = CaseView.class, responseCode = "200", responseDescription = "Now RULED")
    @APIResponse(responseCode = "409", description = "The case is not referred any more (illegal-transition)")
    public Response rule(@PathParam("caseId") UUID id, @NotNull @Valid RuleCaseRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String scope = provinceScope.requireClaim();
        return idempotent.execute(idempotencyKey, request, () -> Response.ok(CaseView.of(cases.rule(id, request, scope))).build());
    }

    @POST
    @Path("/{caseId}/closure")
    @RolesAllowed(Roles.INSPECTIONS_OFFICER)
    @Operation(operationId = "closeCase", summary = "Record that a referred case was closed without penalty",
            description = "REFERRED becomes CLOSED (ir.samt.case.closed); a case already ruled or closed is a 409.")
    @APIResponseSchema(value = CaseView.class, responseCode = "200", responseDescription = "Now CLOSED")
    @APIResponse(responseCode = "409", description = "The case is not referred any more (illegal-transition)")
    public Response close(@PathParam("caseId") UUID id, @Valid CloseCaseRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String scope = provinceScope.requireClaim();
        CloseCaseRequest body = request == null ? new CloseCaseRequest(null, null) : request;
        return idempotent.execute(idempotencyKey, body, () -> Response.ok(CaseView.of(cases.close(id, body, scope))).build());
    }
}
