package ir.samt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** What the example Ingresses route: never the admin or management endpoints; /verify only rate limited. */
class IngressExposesOnlyPublicPathsTest {

    record Route(JsonNode ingress, String path, String type) {
        /** Kubernetes Ingress matching: Exact is the whole path, Prefix matches whole path elements. */
        boolean matches(String request) {
            if (type.equals("Exact")) {
                return request.equals(path);
            }
            String prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return request.equals(prefix) || request.startsWith(prefix + "/");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void adminAndManagementEndpointsAreNotRouted(String overlay) {
        List<Route> routes = routes(Manifests.render(overlay));
        assertThat(routes).isNotEmpty();
        for (String internal : List.of("/stats/admin/rebuild", "/stats/admin", "/q/metrics", "/q/health/ready")) {
            assertThat(routes).as(internal).noneMatch(r -> r.matches(internal));
        }
        // the public reads still are
        for (String published : List.of("/stats/national", "/stats/provinces/IR-25/stream", "/verify/123",
                "/permits/1", "/units", "/estates/2")) {
            assertThat(routes).as(published).anyMatch(r -> r.matches(published));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "production" })
    void thePublicVerificationIsRoutedOnlyThroughARateLimitedIngress(String overlay) {
        List<Route> verify = routes(Manifests.render(overlay)).stream().filter(r -> r.matches("/verify/123")).toList();
        assertThat(verify).isNotEmpty().allSatisfy(r -> {
            JsonNode annotations = r.ingress().path("metadata").path("annotations");
            assertThat(annotations.path("nginx.ingress.kubernetes.io/limit-rps").asInt()).isPositive();
            // every other path of that Ingress would share the limit: it holds /verify alone
            assertThat(r.ingress().findValuesAsText("path")).containsOnly("/verify");
        });
    }

    static List<Route> routes(Manifests m) {
        List<Route> routes = new ArrayList<>();
        for (JsonNode ingress : m.ofKind("Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    routes.add(new Route(ingress, path.path("path").asText(), path.path("pathType").asText()));
                }
            }
        }
        return routes;
    }
}
