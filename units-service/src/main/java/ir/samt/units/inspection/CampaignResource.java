package ir.samt.units.inspection;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.samt.platform.idempotency.IdempotentRequests;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.search.SearchQuery;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.security.Roles;

@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspection campaigns", description = "طرح‌های نظارتی ویژه")
@SecurityRequirement(name = "jwt")
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @RolesAllowed(Roles.INSPECTIONS_OFFICER)
    @Operation(operationId = "createCampaign", summary = "Create a supervision campaign",
            description = "A named, dated window with priority goods, of one province or national (province IR, national "
                    + "officers only). A code already in use is a 409.")
    @APIResponseSchema(value = CampaignView.class, responseCode = "201", responseDescription = "Created; Location names the campaign")
    @APIResponse(responseCode = "409", description = "A campaign with this code exists")
    public Response create(@NotNull @Valid CreateCampaignRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String area = CampaignService.area(request.province());
        String scope = provinceScope.requireClaim();
        if (!ProvinceScope.mayWrite(scope, area)) {
            throw ProblemException.forbidden("Your token is scoped to " + scope + " and may not create campaigns of " + area);
        }
        return idempotent.execute(idempotencyKey, request, () -> {
            Campaign c = campaigns.create(request, area);
            return Response.created(URI.create("/campaigns/" + c.code)).entity(CampaignView.of(c)).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.INSPECTIONS_READER, Roles.INSPECTIONS_OFFICER })
    @Operation(operationId = "listCampaigns", summary = "List supervision campaigns", description = "Newest window first.")
    @APIResponse(responseCode = "200", description = "Every campaign")
    public List<CampaignView> list() {
        return Campaign.<Campaign>listAll().stream()
                .sorted(java.util.Comparator.comparing((Campaign c) -> c.startsOn).reversed().thenComparing(c -> c.code))
                .map(CampaignView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.INSPECTIONS_READER, Roles.INSPECTIONS_OFFICER })
    @Operation(operationId = "getCampaign", summary = "Get a supervision campaign")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "400", description = "The code breaks the text rule (a control character)")
    @APIResponse(responseCode = "404", description = "No campaign has this code")
    public CampaignView get(@PathParam("code") String code) {
        String key = SearchQuery.text("code", code); // the text rule: a NUL never reaches PostgreSQL
        Campaign c = key == null ? null : Campaign.findById(key.strip().toUpperCase(java.util.Locale.ROOT));
        if (c == null) {
            throw ProblemException.notFound("Campaign", code);
        }
        return CampaignView.of(c);
    }
}
