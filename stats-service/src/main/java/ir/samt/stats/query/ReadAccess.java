package ir.samt.stats.query;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.platform.security.Roles;

/**
 * Who may read totals. Published provincial totals are public data in many provinces, so reads
 * are public by default ({@code samt.stats.public-read=true}); set it to false and every read needs
 * a bearer token with {@code stats-reader} (or {@code stats-admin}).
 */
@ApplicationScoped
public class ReadAccess {

    @ConfigProperty(name = "samt.stats.public-read", defaultValue = "true")
    volatile boolean publicRead;

    @Inject
    SecurityIdentity identity;

    public void check() {
        if (publicRead) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Roles.STATS_READER) && !identity.hasRole(Roles.STATS_ADMIN)) {
            throw new ForbiddenException();
        }
    }

    /** Switches public reading at runtime (tests exercise both modes in one application). */
    public void setPublicRead(boolean publicRead) {
        this.publicRead = publicRead;
    }

    public static Province province(String code) {
        return Province.byCode(code).orElseThrow(() -> new ProblemException(Problem.of(404, "unknown-province",
                "Unknown province", "code: " + code + " is not a current ISO 3166-2:IR province code (IR-00 to IR-30)")
                .withErrors(List.of(new Problem.FieldError("code", "not a current ISO 3166-2:IR province code")))));
    }

    /** The optional province filter of rankings: a bad value is a bad parameter (400), not a missing resource. */
    public static Province provinceParam(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Province.byCode(code).orElseThrow(
                () -> ProblemException.invalid("province", "not a current ISO 3166-2:IR province code (IR-00 to IR-30)"));
    }
}
