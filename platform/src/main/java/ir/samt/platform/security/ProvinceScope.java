package ir.samt.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;
import ir.samt.platform.text.TextInput;

/**
 * An officer's token carries a {@code province} claim: an ISO 3166-2:IR code scopes the officer to
 * that province, {@code IR} makes a national officer who may write anywhere. A token without the
 * claim writes nowhere, so a misissued token fails closed.
 *
 * <p>Claims are read defensively: a signed token can still carry a claim of the wrong type (an array
 * for {@code province}) or a subject too long to record as the actor of a change. Such a token is
 * refused with a 403 that says why, never a 500.
 */
@RequestScoped
public class ProvinceScope {

    public static final String CLAIM = "province";
    public static final String NATIONAL = "IR";
    /** The width of the {@code actor} columns that record who made a change. */
    public static final int MAX_CALLER_LENGTH = 200;

    @Inject
    JsonWebToken jwt;

    /**
     * Refuses the call unless the caller may change records of {@code province}.
     *
     * @param province a province code as the caller sent it (Persian digits and lower case accepted)
     * @return the canonical code of that province
     */
    public String requireWriteAccess(String province) {
        String scope = requireClaim();
        String canonical = Province.byCode(province).map(Province::code)
                .orElseThrow(() -> ProblemException.invalid("province", "must be a current ISO 3166-2:IR province code such as IR-25"));
        if (!mayWrite(scope, canonical)) {
            throw ProblemException.forbidden("Your token is scoped to " + scope + " and may not change records of " + canonical);
        }
        return canonical;
    }

    /**
     * The caller's province claim in canonical form ({@code IR} or a province code); refuses a token
     * without a usable one (for per-row checks such as bulk imports).
     */
    public String requireClaim() {
        Object claim = jwt.getClaim(CLAIM);
        String value = claim instanceof JsonString json ? json.getString() : claim instanceof String s ? s : null;
        if (claim == null) {
            throw ProblemException.forbidden("Your token carries no province claim, so it may not change records");
        }
        if (value == null) {
            throw ProblemException.forbidden("Your token's province claim must be a single code such as IR-25 or IR");
        }
        if (NATIONAL.equalsIgnoreCase(value.strip())) {
            return NATIONAL;
        }
        return Province.byCode(value).map(Province::code).orElseThrow(() -> ProblemException.forbidden(
                "Your token's province claim is not a province code: it may not change records"));
    }

    /** Whether an officer with claim {@code scope} may change records of {@code province} (both canonical). */
    public static boolean mayWrite(String scope, String province) {
        return NATIONAL.equals(scope) || scope != null && scope.equals(province);
    }

    /** Who is calling, as recorded in the {@code actor} of every change. */
    public String caller() {
        String name = jwt.getName();
        if (name == null) {
            return "anonymous";
        }
        if (name.length() > MAX_CALLER_LENGTH || TextInput.problemOf(name) != null) {
            throw new ProblemException(Problem.of(403, "unusable-subject", "Unusable token subject",
                    "Your token's subject (upn, preferred_username or sub) must be at most " + MAX_CALLER_LENGTH
                            + " characters without control characters, so that changes can be attributed to you"));
        }
        return name;
    }
}
