package ir.samt.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import ir.samt.platform.problem.ProblemException;

/**
 * An officer's token carries a {@code province} claim: an ISO 3166-2:IR code scopes the officer to
 * that province, {@code IR} makes a national officer who may write anywhere. A token without the
 * claim writes nowhere, so a misissued token fails closed.
 */
@RequestScoped
public class ProvinceScope {

    public static final String CLAIM = "province";
    public static final String NATIONAL = "IR";

    @Inject
    JsonWebToken jwt;

    public void requireWriteAccess(String province) {
        String scope = requireClaim();
        if (!mayWrite(scope, province)) {
            throw ProblemException.forbidden("Your token is scoped to " + scope + " and may not change records of " + province);
        }
    }

    /** The caller's province claim; refuses a token without one (for per-row checks such as bulk imports). */
    public String requireClaim() {
        String scope = jwt.getClaim(CLAIM);
        if (scope == null) {
            throw ProblemException.forbidden("Your token carries no province claim, so it may not change records");
        }
        return scope;
    }

    /** Whether an officer with claim {@code scope} may change records of {@code province}. */
    public static boolean mayWrite(String scope, String province) {
        return NATIONAL.equals(scope) || scope != null && scope.equals(province);
    }

    public String caller() {
        return jwt.getName() == null ? "anonymous" : jwt.getName();
    }
}
