package ir.samt.units.importing;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import ir.samt.platform.security.ProvinceScope;
import ir.samt.platform.security.Roles;

/** Bulk import of an existing registry, streamed: the body is read record by record, never held whole. */
@Path("/units/import")
@Tag(name = "Units")
@SecurityRequirement(name = "jwt")
public class ImportResource {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

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
            re-send the file.""")
    @RequestBody(content = { @Content(mediaType = CSV, example = CSV_EXAMPLE), @Content(mediaType = NDJSON, example = NDJSON_EXAMPLE) })
    public ImportReport importUnits(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType)
            throws IOException {
        String scope = provinceScope.requireClaim();
        ImportMediaType type = ImportMediaType.of(contentType);
        ImportLimits limits = new ImportLimits(maxFieldChars, maxRecordChars);
        StrictTextReader text = type.text(body);
        try (RowSource rows = type.format() == ImportMediaType.Format.CSV ? new CsvRowSource(text, limits)
                : new NdjsonRowSource(text, mapper, limits)) {
            return importer.run(type.format().name(), rows, scope, provinceScope.caller());
        } finally {
            text.close();
        }
    }
}
