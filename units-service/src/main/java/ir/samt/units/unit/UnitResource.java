package ir.samt.units.unit;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.samt.platform.idempotency.IdempotentRequests;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.security.Roles;

/** Units over HTTP. Thin: validation by annotations and {@link UnitRules}, rules in {@link UnitService} and {@link Unit}. */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "واحدهای صنعتی و صنفی: ثبت، رکود، احیا، تعطیلی")
@SecurityRequirement(name = "jwt")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    UnitSearch search;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @RolesAllowed(Roles.UNITS_OFFICER)
    @Operation(operationId = "registerUnit", summary = "Register a unit", description = "Writes the unit and its ir.samt.unit.registered event in one "
            + "transaction. Send an Idempotency-Key to make retries safe; an externalRef already in use is a 409.")
    @APIResponseSchema(value = UnitView.class, responseCode = "201", responseDescription = "Registered; Location names the unit")
    public Response register(@NotNull @Valid RegisterUnitRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        provinceScope.requireWriteAccess(request.province());
        return idempotent.execute(idempotencyKey, request, () -> {
            Unit unit = units.register(request, provinceScope.caller());
            return Response.created(URI.create("/units/" + unit.id)).entity(UnitView.of(unit)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.UNITS_READER, Roles.UNITS_OFFICER,
            Roles.PERMITS_OFFICER }) // permits-service checks a licence's references with the officer's token
    @Operation(operationId = "getUnit", summary = "Get a unit")
    public UnitView get(@PathParam("id") UUID id) {
        return UnitView.of(units.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.UNITS_READER, Roles.UNITS_OFFICER })
    @Operation(operationId = "getUnitHistory", summary = "A unit's full change history", description = "Registration, stagnations, revivals and closure, oldest first.")
    public List<UnitChangeView> history(@PathParam("id") UUID id) {
        units.get(id);
        return UnitChange.historyOf(id).stream().map(UnitChangeView::of).toList();
    }

    @GET
    @RolesAllowed({ Roles.UNITS_READER, Roles.UNITS_OFFICER })
    @Operation(operationId = "searchUnits", summary = "Search units", description = "Filters combine with AND. name matches part of the name whatever the "
            + "keyboard: 'كفش' (Arabic kaf) finds 'کفش', '۱۲' finds '12', 'کفشدوزی' finds 'کفش‌دوزی'. reason finds units "
            + "stagnant for that reason. sort: registeredOn, name, employees, statusSince, '-' for descending (default "
            + "-registeredOn). Page through with cursor= the previous page's next (every page costs what the first costs); "
            + "page= is an offset, limited to the first 100,000 rows. totals=exact adds the count and employees of every match, "
            + "at a cost that grows with the matches (narrow the filters first).")
    public UnitPage list(@QueryParam("province") String province, @QueryParam("kind") UnitKind kind,
            @QueryParam("guildGroup") GuildGroup guildGroup, @QueryParam("status") UnitStatus status,
            @QueryParam("sector") String sector, @QueryParam("estateCode") String estateCode,
            @QueryParam("reason") StagnationReason reason, @QueryParam("name") String name,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
            @Parameter(description = "Sort key, '-' for descending", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "registeredOn", "-registeredOn", "name", "-name", "employees", "-employees", "statusSince",
                    "-statusSince" })) @QueryParam("sort") String sort,
            @Parameter(description = "The next of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("totals") @DefaultValue("none") UnitSearch.Totals totals) {
        return UnitPage.of(search.search(new UnitSearch.Criteria(province, kind, guildGroup, status, sector, estateCode,
                reason, name, page, size, sort, cursor, totals)));
    }

    @POST
    @Path("/{id}/stagnation")
    @RolesAllowed(Roles.UNITS_OFFICER)
    @Operation(operationId = "stagnateUnit", summary = "Record that an active unit has stopped", description = "Only an ACTIVE unit can become STAGNANT; "
            + "otherwise 409.")
    @APIResponseSchema(value = UnitView.class, responseCode = "200", responseDescription = "Now STAGNANT")
    public Response stagnate(@PathParam("id") UUID id, @NotNull @Valid StagnateUnitRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, request,
                () -> Response.ok(UnitView.of(units.stagnate(id, request, provinceScope.caller()))).build());
    }

    @POST
    @Path("/{id}/revival")
    @RolesAllowed(Roles.UNITS_OFFICER)
    @Operation(operationId = "reviveUnit", summary = "Record the revival of a stagnant unit", description = "Only a STAGNANT unit can be revived; "
            + "otherwise 409.")
    @APIResponseSchema(value = UnitView.class, responseCode = "200", responseDescription = "ACTIVE again")
    public Response revive(@PathParam("id") UUID id, @NotNull @Valid ReviveUnitRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, request,
                () -> Response.ok(UnitView.of(units.revive(id, request, provinceScope.caller()))).build());
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.UNITS_OFFICER)
    @Operation(operationId = "closeUnit", summary = "Record that a unit has closed", description = "From ACTIVE or STAGNANT; closing twice is a 409.")
    @APIResponseSchema(value = UnitView.class, responseCode = "200", responseDescription = "CLOSED")
    public Response close(@PathParam("id") UUID id, @Valid CloseUnitRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        CloseUnitRequest body = request == null ? new CloseUnitRequest(null, null) : request;
        return idempotent.execute(idempotencyKey, body,
                () -> Response.ok(UnitView.of(units.close(id, body, provinceScope.caller()))).build());
    }
}
