package ir.samt.permits.reference;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * units-service, read with the caller's own bearer token (propagated: see application.properties), so
 * a licence can name only estates and units that exist and the caller may see.
 */
@RegisterRestClient(configKey = "units")
@RegisterClientHeaders
public interface UnitsClient {

    @GET
    @Path("/estates/{code}")
    Estate estate(@PathParam("code") String code);

    @GET
    @Path("/units/{id}")
    Unit unit(@PathParam("id") UUID id);

    /** The part of units-service's EstateView a licence needs; a tolerant reader of the rest. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Estate(String code, String province) {
    }

    /** The part of units-service's UnitView a licence needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(UUID id, String province) {
    }
}
