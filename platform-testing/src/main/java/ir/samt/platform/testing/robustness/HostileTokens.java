package ir.samt.platform.testing.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ir.samt.platform.testing.Tokens;
import ir.samt.platform.testing.robustness.OpenApiDocument.ApiOperation;

/**
 * Bearer tokens, the valid one each operation needs and the odd ones a misconfigured identity
 * provider or an attacker sends. Most odd tokens are signed with the trusted key: the service must
 * survive any claims a trusted issuer might put in them, not only forged signatures.
 */
final class HostileTokens {

    /** What goes in the Authorization header ({@code null}: none), and how a report shows it. */
    record Credential(String header, String description) {
    }

    private static final String USER = "robustness-bot";

    private final String province;
    private final List<String> defaultRoles;
    /** Signing is slow (RSA, and a fresh key pair for the stranger's token): each list is built once per set of roles. */
    private final Map<List<String>, List<Credential>> hostileByRoles = new java.util.HashMap<>();
    private final Map<String, Credential> validByRolesAndScope = new java.util.HashMap<>();

    HostileTokens(String province, List<String> defaultRoles) {
        this.province = province;
        this.defaultRoles = defaultRoles;
    }

    /** The roles a valid token for {@code op} carries: its documented ones, else the target's. */
    List<String> rolesOf(ApiOperation op) {
        return op.roles().isEmpty() ? defaultRoles : op.roles();
    }

    /** A token the operation accepts: its roles, national or the target's province. */
    Credential valid(ApiOperation op, SplittableRandom random) {
        String scope = random.nextInt(3) == 0 ? province : "IR";
        List<String> roles = rolesOf(op);
        return validByRolesAndScope.computeIfAbsent(roles + scope,
                k -> signed(claims(USER, scope, roles), "valid: groups " + roles + ", province " + scope));
    }

    /** A token the operation refuses (no role of its own), for operations never called with valid ones. */
    Credential refusedFor(ApiOperation op) {
        return signed(claims(USER, "IR", List.of("robustness-no-such-role")), "valid signature, role robustness-no-such-role");
    }

    /** An odd token; most carry {@code roles}, so that it is the oddity, not a missing role, that is tested. */
    Credential hostile(List<String> roles, SplittableRandom random) {
        List<Credential> all = hostileByRoles.computeIfAbsent(roles, this::hostileList);
        return all.get(random.nextInt(all.size()));
    }

    private List<Credential> hostileList(List<String> opRoles) {
        List<String> roles = opRoles.isEmpty() ? List.of("robustness-no-such-role") : opRoles;
        String longName = "u".repeat(250);
        List<Credential> all = new ArrayList<>(List.of(
                new Credential(null, "no Authorization header"),
                new Credential("Bearer", "\"Bearer\" without a token"),
                new Credential("Bearer ", "\"Bearer \" and nothing"),
                new Credential("Bearer not.a.jwt", "Bearer not.a.jwt"),
                new Credential("Bearer " + "A".repeat(5_000), "Bearer of 5,000 A"),
                new Credential("Bearer eyJhbGciOiJub25lIn0.eyJ1cG4iOiJ4In0.", "alg=none, unsigned"),
                new Credential("Basic dXNlcjpwYXNz", "Basic user:pass"),
                new Credential("bearer " + Tokens.of(USER, "IR", roles.toArray(String[]::new)), "lower-case scheme \"bearer\""),
                new Credential("Bearer " + Tokens.signedByStranger(USER, roles.toArray(String[]::new)), "signed by an untrusted key"),
                new Credential("Bearer " + Tokens.withClaims(claims(USER, "IR", roles), -3_600), "expired an hour ago"),
                signed(claims(USER, List.of("IR-23"), roles), "province [\"IR-23\"] (an array)"),
                signed(claims(USER, List.of(), roles), "province [] (empty array)"),
                signed(claims(USER, Map.of("code", "IR-25"), roles), "province {\"code\":\"IR-25\"} (an object)"),
                signed(claims(USER, 25, roles), "province 25 (a number)"),
                signed(claims(USER, true, roles), "province true"),
                signed(claims(USER, "", roles), "province \"\""),
                signed(claims(USER, "IR-۲۵", roles), "province \"IR-۲۵\" (Persian digits)"),
                signed(claims(USER, persianDigitsOf(province), roles), "province \"" + persianDigitsOf(province) + "\" (Persian digits)"),
                signed(claims(USER, "ir", roles), "province \"ir\""),
                signed(claims(USER, "IR-99", roles), "province \"IR-99\" (no such province)"),
                signed(claims(USER, "IR-25\u0000", roles), "province \"IR-25\\u0000\""),
                signed(claims(USER, "\u202EIR", roles), "province \"\\u202EIR\""),
                signed(claims(USER, "x".repeat(10_000), roles), "province of 10,000 characters"),
                signed(claims(USER, null, roles), "no province claim"),
                signed(claims(longName, "IR", roles), "upn and sub of 250 characters"),
                signed(claims("u".repeat(200), "IR", roles), "upn and sub of exactly 200 characters"),
                signed(claims("robust\u0000bot", "IR", roles), "upn \"robust\\u0000bot\""),
                signed(claims("ربات\u202E", "IR", roles), "upn with U+202E"),
                signed(claims("\uD800", "IR", roles), "upn an unpaired surrogate"),
                signed(claims("", "IR", roles), "upn \"\""),
                signed(withoutNames(claims(USER, "IR", roles)), "no upn, no sub"),
                signed(withGroups(claims(USER, "IR", roles), "permits-officer"), "groups a string, not an array"),
                signed(withGroups(claims(USER, "IR", roles), List.of()), "groups []"),
                signed(withGroups(claims(USER, "IR", roles), List.of(1, 2)), "groups [1, 2]"),
                signed(withGroups(claims(USER, "IR", roles), null), "no groups"),
                signed(claims(USER, "IR", List.of("stats-reader", "units-reader", "permits-reader")), "reader roles only"),
                signed(claims(USER, "IR-23", roles), "scoped to another province (IR-23)")));
        return all;
    }

    private static Map<String, Object> claims(String name, Object province, List<String> roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("upn", name);
        claims.put("sub", name);
        claims.put("groups", roles);
        if (province != null) {
            claims.put("province", province);
        }
        return claims;
    }

    private static Map<String, Object> withoutNames(Map<String, Object> claims) {
        claims.remove("upn");
        claims.remove("sub");
        return claims;
    }

    private static Map<String, Object> withGroups(Map<String, Object> claims, Object groups) {
        if (groups == null) {
            claims.remove("groups");
        } else {
            claims.put("groups", groups);
        }
        return claims;
    }

    private static Credential signed(Map<String, Object> claims, String description) {
        return new Credential("Bearer " + Tokens.withClaims(claims, 600), description);
    }

    private static String persianDigitsOf(String code) {
        return RequestGenerator.PersianDigits.of(code);
    }
}
