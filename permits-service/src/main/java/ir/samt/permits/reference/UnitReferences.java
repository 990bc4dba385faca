package ir.samt.permits.reference;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.cache.CacheResult;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemException;

/**
 * Checks that the industrial town or zone and the unit a licence names exist in units-service, in the
 * licence's province. Found references are cached (estates and units are never deleted, and their
 * province never changes); a reference not found is asked again next time, so one registered a moment
 * ago is found. If units-service cannot answer, the licence is not issued: a 503 the client retries,
 * rather than a licence that points at nothing.
 */
@ApplicationScoped
public class UnitReferences {

    private static final Logger LOG = Logger.getLogger(UnitReferences.class);

    @Inject
    @RestClient
    UnitsClient units;

    public void requireEstate(String code, String province) {
        if (code == null) {
            return;
        }
        UnitsClient.Estate estate = lookUp(() -> estate(code));
        if (estate == null) {
            throw ProblemException.invalid("estateCode", "no industrial town or zone has the code " + code);
        }
        if (!province.equals(estate.province())) {
            throw ProblemException.invalid("estateCode", "is in " + estate.province() + ", not in the licence's province " + province);
        }
    }

    public void requireUnit(UUID id, String province) {
        if (id == null) {
            return;
        }
        UnitsClient.Unit unit = lookUp(() -> unit(id));
        if (unit == null) {
            throw ProblemException.invalid("unitId", "no unit with this id is registered in units-service");
        }
        if (!province.equals(unit.province())) {
            throw ProblemException.invalid("unitId", "is a unit of " + unit.province() + ", not of the licence's province " + province);
        }
    }

    @CacheResult(cacheName = "estate-references")
    UnitsClient.Estate estate(String code) {
        return units.estate(code);
    }

    @CacheResult(cacheName = "unit-references")
    UnitsClient.Unit unit(UUID id) {
        return units.unit(id);
    }

    /** The reference, null if units-service says it does not exist, or a 503 if it cannot say. */
    private static <T> T lookUp(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return null;
            }
            LOG.warnf("units-service answered %d to a reference check", status);
            throw unavailable();
        } catch (RuntimeException e) {
            LOG.warnf("units-service could not be reached for a reference check: %s", e.toString());
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(Problem.of(503, "units-service-unavailable", "Units service unavailable",
                "The estate or unit this licence names cannot be checked right now; retry in a few seconds"));
    }
}
