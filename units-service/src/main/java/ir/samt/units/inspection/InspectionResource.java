package ir.samt.units.inspection;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.samt.platform.idempotency.IdempotentRequests;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.security.Roles;

/** Inspection visits over HTTP (docs/inspections.md); rules in {@link InspectionService}. */
@Path("/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "بازرسی و نظارت بر بازار: بازدیدها و پرونده‌های تخلف")
@SecurityRequirement(name = "jwt")
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @RolesAllowed(Roles.INSPECTIONS_OFFICER)
    @Operation(operationId = "recordInspection", summary = "Record an inspection visit",
            description = "Writes the visit and its ir.samt.inspection.recorded event in one transaction. Violations open "
                    + "a case file referred to the Discretionary Penalties Organization (ir.samt.case.opened), or join "
                    + "the unit's case that is still referred. Only in the officer's province (403 otherwise).")
    @APIResponseSchema(value = InspectionView.class, responseCode = "201", responseDescription = "Recorded; Location names the visit")
    public Response record(@NotNull @Valid RecordInspectionRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String scope = provinceScope.requireClaim();
        String actor = provinceScope.caller();
        return idempotent.execute(idempotencyKey, request, () -> {
            Inspection i = inspections.record(request, scope, actor);
            return Response.created(URI.create("/inspections/" + i.id)).entity(InspectionView.of(i)).build();
        });
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.INSPECTIONS_OFFICER)
    @Operation(operationId = "recordInspections", summary = "Record up to 500 inspection visits at once",
            description = "All or none, in one transaction, in the order given (a later visit of a unit joins the case an "
                    + "earlier one opened). A refused visit is a 400 naming visits[i] and its field.")
    @APIResponse(responseCode = "200", description = "Every visit recorded, in the order given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionView.class)))
    public Response recordAll(@NotNull @Valid RecordInspectionsRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String scope = provinceScope.requireClaim();
        String actor = provinceScope.caller();
        return idempotent.execute(idempotencyKey, request, () -> Response.ok(
                inspections.recordAll(request, scope, actor).stream().map(InspectionView::of).toList()).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INSPECTIONS_READER, Roles.INSPECTIONS_OFFICER })
    @Operation(operationId = "getInspection", summary = "Get an inspection visit")
    @APIResponse(responseCode = "200", description = "The visit")
    public InspectionView get(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.get(id));
    }
}
