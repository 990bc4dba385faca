package ir.samt.platform.testing.robustness;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/**
 * The generated robustness suite (issue 12, item 5), inherited by one thin {@code *RobustnessTest}
 * per service, which is a {@code @QuarkusTest} and says what the OpenAPI document cannot
 * ({@link RobustnessTarget}).
 *
 * <p>Why not jqwik's {@code @Property}: jqwik runs on its own JUnit Platform engine, which does not
 * run Jupiter extensions, so Quarkus' test extension would never start the application
 * (jqwik-team/jqwik#487). The generator is a seeded {@link java.util.SplittableRandom} over the
 * service's own OpenAPI document instead, driven from one ordinary Jupiter test inside the running
 * application: reproducible from the printed seed, no second test engine in every module.
 *
 * <p>{@code -Dsamt.robustness.requests=N} (default {@value RobustnessTarget#DEFAULT_REQUESTS}) and
 * {@code -Dsamt.robustness.seed=S|random} for longer or different local runs.
 */
public abstract class RobustnessContract {

    /** What this service's OpenAPI document cannot tell the generator. */
    protected abstract RobustnessTarget target();

    @Test
    void generatedRequestsNeverAnswer5xxAndStoreNothingMalformed() {
        new RobustnessRun(target(), URI.create(RestAssured.baseURI + ":" + RestAssured.port)).runAndAssert();
    }
}
