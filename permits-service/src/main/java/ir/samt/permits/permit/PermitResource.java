package ir.samt.permits.permit;

import java.net.URI;
import java.time.LocalDate;
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

import ir.samt.permits.reference.UnitReferences;
import ir.samt.platform.idempotency.IdempotentRequests;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.security.Roles;

/** Licences over HTTP. Thin: validation by annotations, rules in {@link PermitService} and {@link Permit}. */
@Path("/permits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licences", description = "مجوزها: جواز تأسیس، پروانه بهره‌برداری، پروانه کسب")
@SecurityRequirement(name = "jwt")
public class PermitResource {

    @Inject
    PermitService permits;

    @Inject
    PermitSearch search;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    UnitReferences references;

    @POST
    @RolesAllowed(Roles.PERMITS_OFFICER)
    @Operation(operationId = "issuePermit", summary = "Issue a licence", description = "Writes the licence and its ir.samt.permit.issued event in one transaction. "
            + "Send an Idempotency-Key to make retries safe.")
    @APIResponseSchema(value = PermitView.class, responseCode = "201", responseDescription = "Issued; Location names the licence")
    public Response issue(@NotNull @Valid IssuePermitRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String province = provinceScope.requireWriteAccess(request.province());
        // before the transaction: a remote call must not hold a database connection and locks
        references.requireEstate(request.estateCode(), province);
        references.requireUnit(request.unitId(), province);
        return idempotent.execute(idempotencyKey, request, () -> {
            Permit permit = permits.issue(request, provinceScope.caller());
            return Response.created(URI.create("/permits/" + permit.id)).entity(PermitView.of(permit)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PERMITS_READER, Roles.PERMITS_OFFICER })
    @Operation(operationId = "getPermit", summary = "Get a licence")
    public PermitView get(@PathParam("id") UUID id) {
        return PermitView.of(permits.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.PERMITS_READER, Roles.PERMITS_OFFICER })
    @Operation(operationId = "getPermitHistory", summary = "A licence's full change history")
    public List<PermitChangeView> history(@PathParam("id") UUID id) {
        permits.get(id);
        return PermitChange.historyOf(id).stream().map(PermitChangeView::of).toList();
    }

    @GET
    @RolesAllowed({ Roles.PERMITS_READER, Roles.PERMITS_OFFICER })
    @Operation(operationId = "searchPermits", summary = "Search licences", description = "Filters combine with AND. year is a Jalali (fiscal) year of issue; "
            + "from/to are ISO dates of issue. externalRef finds a licence by its unique ID at the national licensing portal "
            + "(شناسه یکتا) or in the registry it was imported from. sort: issuedOn, licenceNumber, fixedInvestment, jobs, "
            + "validUntil (licences that never expire last), '-' for descending (default -issuedOn). Page through with cursor= "
            + "the previous page's next (every page costs what the first costs); page= is an offset, limited to the first "
            + "100,000 rows. totals=exact adds the count, investment and jobs of every match, at a cost that grows with the "
            + "matches (narrow the filters first).")
    public PermitPage list(@QueryParam("province") String province, @QueryParam("kind") PermitKind kind,
            @QueryParam("scope") PermitScope scope, @QueryParam("status") PermitStatus status,
            @QueryParam("sector") String sector, @QueryParam("estateCode") String estateCode,
            @QueryParam("holderId") String holderId,
            @Parameter(description = "The licence's unique ID at the national licensing portal (شناسه یکتا) or in the registry it was imported from")
            @QueryParam("externalRef") String externalRef, @QueryParam("year") Integer year,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
            @Parameter(description = "Sort key, '-' for descending", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "issuedOn", "-issuedOn", "licenceNumber", "-licenceNumber", "fixedInvestment", "-fixedInvestment", "jobs",
                    "-jobs", "validUntil", "-validUntil" })) @QueryParam("sort") String sort,
            @Parameter(description = "The next of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("totals") @DefaultValue("none") PermitSearch.Totals totals) {
        var result = search.search(new PermitSearch.Criteria(province, kind, scope, status, sector, estateCode, holderId,
                externalRef, year, from, to, page, size, sort, cursor, totals));
        return PermitPage.of(result);
    }

    @POST
    @Path("/{id}/renewal")
    @RolesAllowed(Roles.PERMITS_OFFICER)
    @Operation(operationId = "renewPermit", summary = "Renew a licence", description = "Establishment: +1 year (twice at most), only with a progress report dated in the current "
            + "term (else 409 progress-report-required); permanent guild: +5 years. Revoked, operating and temporary guild licences are refused with 409.")
    @APIResponseSchema(value = PermitView.class, responseCode = "200", responseDescription = "Renewed")
    public Response renew(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, id,
                () -> Response.ok(PermitView.of(permits.renew(id, provinceScope.caller()))).build());
    }

    @POST
    @Path("/{id}/progress")
    @RolesAllowed(Roles.PERMITS_OFFICER)
    @Operation(operationId = "reportPermitProgress", summary = "Report an establishment project's physical progress",
            description = "Records an expert visit's percent (0-100) with its ISO visit date and writes the "
                    + "ir.samt.permit.progress-reported event in the same transaction. Reports are accepted in visit-date "
                    + "order; progress may go down only with a reason. Establishment licences only; revoked, completed, "
                    + "or expired before the visit: 409. Send an Idempotency-Key to make retries safe.")
    @APIResponseSchema(value = ProgressReportView.class, responseCode = "201", responseDescription = "Recorded")
    public Response reportProgress(@PathParam("id") UUID id, @NotNull @Valid ReportProgressRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, request, () -> {
            ProgressReport report = permits.reportProgress(id, request, provinceScope.caller());
            return Response.created(URI.create("/permits/" + id + "/progress"))
                    .entity(ProgressReportView.of(report)).build();
        });
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({ Roles.PERMITS_READER, Roles.PERMITS_OFFICER })
    @Operation(operationId = "getPermitProgress", summary = "An establishment licence's progress reports, by visit date")
    public List<ProgressReportView> progress(@PathParam("id") UUID id) {
        permits.get(id);
        return ProgressReport.of(id).stream().map(ProgressReportView::of).toList();
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed(Roles.PERMITS_OFFICER)
    @Operation(operationId = "revokePermit", summary = "Revoke a licence", description = "Revoking twice is a 409.")
    @APIResponseSchema(value = PermitView.class, responseCode = "200", responseDescription = "Revoked")
    public Response revoke(@PathParam("id") UUID id, @NotNull @Valid RevokePermitRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, request,
                () -> Response.ok(PermitView.of(permits.revoke(id, request.reason(), provinceScope.caller()))).build());
    }
}
