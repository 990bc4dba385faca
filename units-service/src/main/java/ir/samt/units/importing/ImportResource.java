package ir.samt.units.importing;

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

/** Bulk import of an existing registry, streamed: the body is read record by record, never held whole. */
@Path("/units/import")
@Tag(name = "Units")
@SecurityRequirement(name = "jwt")
public class ImportResource {

    public static final String CSV = ImportMediaType.CSV;
    public static final String NDJSON = ImportMediaType.NDJSON;
    /** The kind under which this service's imports are watched ({@link ImportJobs}). */
    static final String JOB_KIND = "units";

    private static final String CSV_EXAMPLE = """
            externalRef,kind,guildGroup,name,nationalId,province,county,estateCode,activityCode,employees,licenceNumber,registeredOn
            QOM-GUILD-000001,GUILD,PRODUCTION_TECHNICAL,کفش‌دوزی یاس,0076229645,IR-25,قم,,1920,4,,1403/11/02
            QOM-IND-000002,INDUSTRIAL,,شرکت پاکشوما,10380284790,IR-25,قم,IR-25-T05,2930,550,25-1404-000123,2025-05-10
            """;
    private static final String NDJSON_EXAMPLE = """
            {"externalRef":"QOM-GUILD-000001","kind":"GUILD","guildGroup":"DISTRIBUTION_SERVICES","name":"سوپرمارکت ۱۲ فروردین","nationalId":"0076229645","province":"IR-25","county":"قم","activityCode":"5211","employees":3}
            """;

    @Inject
    UnitImporter importer;

    @Inject
    ProvinceScope provinceScope;

    @Inject
    ObjectMapper mapper;

    @Inject
    ImportJobs jobs;

    @ConfigProperty(name = "samt.units.import.max-field-chars", defaultValue = "8192")
    int maxFieldChars;

    @ConfigProperty(name = "samt.units.import.max-record-chars", defaultValue = "65536")
    int maxRecordChars;

    @POST
    @Consumes({ CSV, NDJSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNITS_OFFICER)
    @Operation(operationId = "importUnits", summary = "Import units from a registry file (CSV or NDJSON)", description = """
            Streams the file: every row is validated like POST /units and good rows are stored in chunks of 1,000, each \
            chunk with its ir.samt.unit.registered events in one transaction. Bad rows are reported (row, field, message) \
            and stored nowhere. externalRef is required and unique: re-importing a file changes nothing and publishes \
            nothing. A row of another province than the caller's is a row error (national officers may import any). \
            Every field is read like JSON text (control characters refused, stored form checked); a row the database \
            refuses is a row error too, and its neighbours are stored. Dates: ISO (2025-05-10) or Jalali (1403/11/02); \
            Persian digits accepted. UTF-8, or windows-1256 if the Content-Type says so; no Content-Type, another media \
            type or another charset: 415. A record (CSV) or line (NDJSON) longer than the record cap (65,536 characters \
            by default) is a row error and is skipped; a CSV field longer than the field cap (8,192 by default), a quote \
            never closed or text that is not CSV is the last row's error, naming the field where it can (the rows before \
            it are imported); an NDJSON value that long is an error for its field. The database unavailable: 503, \
            re-send the file. To watch a long import, send an Import-Id header (a UUID you make up) and poll GET /units/import/jobs/{importId} while it runs: rows read, stored and refused so far.""")
    @RequestBody(content = { @Content(mediaType = CSV, example = CSV_EXAMPLE), @Content(mediaType = NDJSON, example = NDJSON_EXAMPLE) })
    public ImportReport importUnits(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(ImportJobs.HEADER) String importId) throws IOException {
        String scope = provinceScope.requireClaim();
        ImportMediaType type = ImportMediaType.of(contentType);
        ImportLimits limits = new ImportLimits(maxFieldChars, maxRecordChars);
        try (RowSource rows = type.rows(body, limits, RowParser.COLUMNS, mapper)) {
            var progress = jobs.start(importId, JOB_KIND, type.format().name(), provinceScope.caller());
            return importer.run(type.format().name(), rows, scope, provinceScope.caller(), progress);
        }
    }

    @GET
    @Path("/jobs/{importId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNITS_OFFICER)
    @Operation(operationId = "getUnitImport", summary = "How far an import sent with an Import-Id is", description = """
            Rows read, stored and refused so far, updated about twice a second while the file streams; DONE with the counts of the import's response once it ended, FAILED with the reason (re-send the file: what was stored stays and is not stored twice), STALLED when a running import has not reported for two minutes. Kept 30 days.""")
    public ImportJob importProgress(@PathParam("importId") UUID importId) {
        return jobs.find(importId, JOB_KIND).orElseThrow(() -> ProblemException.notFound("Import", importId));
    }
}
