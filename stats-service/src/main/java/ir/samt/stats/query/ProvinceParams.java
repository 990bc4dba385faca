package ir.samt.stats.query;

import java.util.List;

import ir.samt.platform.problem.Problem;
import ir.samt.platform.problem.ProblemException;
import ir.samt.platform.province.Province;

/** Province codes in paths and query parameters, and the problems a wrong one answers. */
public final class ProvinceParams {

    private ProvinceParams() {
    }

    /** A province in the path: an unknown one is a missing resource (404) naming {@code code}. */
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
