package ir.samt.permits.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import ir.samt.platform.importing.ImportJob;
import ir.samt.platform.importing.ImportJobs;
import ir.samt.platform.importing.ImportLimits;
import ir.samt.platform.importing.ImportMediaType;
import ir.samt.platform.importing.ImportReport;
import ir.samt.platform.importing.RowSource;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.security.Roles;

/** Bulk import of licences kept elsewhere, with their history; streamed, never held whole. */
@Path("/permits/import")
@Tag(name = "Licences")
@SecurityRequirement(name = "jwt")
public class LicenceImportResource {

    static final String JOB_KIND = "permits";

    private static final String CSV_EXAMPLE = """
            externalRef,licenceNumber,kind,scope,guildTerm,holderName,nationalId,province,county,estateCode,activityCode,product,fixedInvestmentRials,jobs,issuedOn,renewedOn,revokedOn,revocationReason
            1398-25-0004711,,GUILD,,PERMANENT,نانوایی سنگک امید,0076229645,IR-25,قم,,1541,,0,3,1398/02/11,1403/02/11,,
            QOM-OP-000412,25-1399-000412,OPERATING,NEW,,شرکت پلیمر البرز قم,10380284790,IR-25,قم,IR-25-T05,2520,ظروف پلاستیکی,660377358490,57,2020-06-01,,1402/07/15,توقف تولید بیش از دو سال
            """;
    private static final String NDJSON_EXAMPLE = """
            {"externalRef":"1401-25-0000812","kind":"ESTABLISHMENT","scope":"NEW","holderName":"شرکت نوین صنعت","nationalId":"10380284790","province":"IR-25","county":"قم","activityCode":"2930","fixedInvestmentRials":"120000000000","jobs":25,"issuedOn":"1401/05/01","renewedOn":"1402/05/01;1403/05/01"}
            """;

    @Inject
    LicenceImporter importer;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    ObjectMapper mapper;

    @Inject
    ImportJobs jobs;

    @ConfigProperty(name = "samt.permits.import.max-field-chars", defaultValue = "8192")
    int maxFieldChars;

    @ConfigProperty(name = "samt.permits.import.max-record-chars", defaultValue = "65536")
    int maxRecordChars;

    @POST
    @Consumes({ ImportMediaType.CSV, ImportMediaType.NDJSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PERMITS_OFFICER)
    @Operation(operationId = "importPermits", summary = "Import licences, with their history, from another registry (CSV or NDJSON)",
            description = """
            Streams the file: every row is checked like POST /permits (the holder as holderName and nationalId; \
            issuedOn required; the estate checked in units-service) and its history replayed by the lifecycle rules: \
            renewedOn lists renewal dates in order, separated by ';'; revokedOn and revocationReason a revocation; a \
            term that ended before the next renewal, the revocation or today expired the day after its last valid day. \
            Each change becomes an event (ir.samt.permit.issued, .renewed, .expired, .revoked) whose effectiveDate is \
            the day it happened, so the totals of past years come out as they were; a renewal of an establishment \
            licence needs no progress report here (the visits were recorded where the licence comes from). Good rows \
            are stored in chunks of 1,000, each chunk with its events in one transaction. externalRef is required and \
            unique — the national licensing portal's unique licence ID (شناسه یکتا) or the key of the registry the \
            licence comes from: re-importing a file changes nothing and publishes nothing. licenceNumber keeps the \
            licence's number there; left empty, one is drawn as for a new licence. Bad rows are reported (row, field, \
            message) and stored nowhere; a row of another province than the caller's is a row error (national \
            officers may import any); a row the database refuses (a licence number already taken) is that row's error. \
            Dates ISO or Jalali, Persian digits accepted; UTF-8 or windows-1256; the record and field caps, 415 and \
            503 as for POST /units/import. Send an Import-Id header (a UUID you make up) and poll \
            GET /permits/import/jobs/{importId} to watch a long import.""")
    @RequestBody(content = { @Content(mediaType = ImportMediaType.CSV, example = CSV_EXAMPLE),
            @Content(mediaType = ImportMediaType.NDJSON, example = NDJSON_EXAMPLE) })
    public ImportReport importPermits(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(ImportJobs.HEADER) String importId) throws IOException {
        String scope = provinceScope.requireClaim();
        ImportMediaType type = ImportMediaType.of(contentType);
        ImportLimits limits = new ImportLimits(maxFieldChars, maxRecordChars);
        try (RowSource rows = type.rows(body, limits, LicenceRowParser.COLUMNS, mapper)) {
            var progress = jobs.start(importId, JOB_KIND, type.format().name(), provinceScope.caller());
            return importer.run(type.format().name(), rows, scope, provinceScope.caller(), progress);
        }
    }

    @GET
    @Path("/jobs/{importId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PERMITS_OFFICER)
    @Operation(operationId = "getPermitImport", summary = "How far a licence import sent with an Import-Id is", description = """
            Rows read, stored and refused so far, updated about twice a second while the file streams; DONE with the \
            counts of the import's response once it ended, FAILED with the reason (re-send the file: what was stored \
            stays and is not stored twice), STALLED when a running import has not reported for two minutes. Kept 30 days.""")
    public ImportJob importProgress(@PathParam("importId") UUID importId) {
        return jobs.find(importId, JOB_KIND).orElseThrow(() -> ProblemException.notFound("Import", importId));
    }
}
