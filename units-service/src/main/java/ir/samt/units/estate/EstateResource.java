package ir.samt.units.estate;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.samt.platform.idempotency.IdempotentRequests;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.platform.search.SearchQuery;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.security.Roles;

@Path("/estates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Industrial towns and zones", description = "شهرک‌ها و نواحی صنعتی")
@SecurityRequirement(name = "jwt")
public class EstateResource {

    @Inject
    EstateService estates;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @RolesAllowed(Roles.UNITS_OFFICER)
    @Operation(operationId = "registerEstate", summary = "Register an industrial town or zone",
            description = "Writes the estate and its ir.samt.estate.registered event in one transaction. A code already in use is a 409.")
    @APIResponseSchema(value = EstateView.class, responseCode = "201", responseDescription = "Registered; Location names the estate")
    public Response register(@NotNull @Valid RegisterEstateRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        provinceScope.requireWriteAccess(request.province());
        return idempotent.execute(idempotencyKey, request, () -> {
            Estate estate = estates.register(request);
            return Response.created(URI.create("/estates/" + estate.code)).entity(EstateView.of(estate)).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.UNITS_READER, Roles.UNITS_OFFICER })
    @Operation(operationId = "listEstates", summary = "List industrial towns and zones", description = "Optionally of one province and one kind, in code order.")
    public List<EstateView> list(@QueryParam("province") String province, @QueryParam("kind") EstateKind kind) {
        String code = null;
        if (province != null) {
            code = Province.byCode(province)
                    .orElseThrow(() -> ProblemException.invalid("province", "is not an ISO 3166-2:IR province code"))
                    .code();
        }
        return Estate.search(code, kind).stream().map(EstateView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.UNITS_READER, Roles.UNITS_OFFICER,
            Roles.PERMITS_OFFICER }) // permits-service checks a licence's references with the officer's token
    @Operation(operationId = "getEstate", summary = "Get an industrial town or zone")
    @APIResponse(responseCode = "200", description = "The estate")
    @APIResponse(responseCode = "400", description = "The code breaks the text rule (a control character)")
    @APIResponse(responseCode = "404", description = "No industrial town or zone has this code")
    public EstateView get(@PathParam("code") String code) {
        return EstateView.of(estates.get(SearchQuery.text("code", code)));
    }
}
