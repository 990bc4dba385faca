package ir.samt.deploy.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Built-in Kubernetes kinds, checked against the models of io.kubernetes:client-java-api (see the pom), which
 * are generated from the Kubernetes OpenAPI spec: each model's {@code validateJsonElement} refuses a field its
 * kind does not define and a missing required field, recursively — what {@code kubectl apply --validate=strict}
 * refuses. The pairs below are what the API server serves: a kind under the wrong group or an old version
 * (extensions/v1beta1 Ingress, policy/v1beta1 PodDisruptionBudget) has no entry and is refused.
 */
final class CoreKindSchemas {

    /** kind -> the apiVersion a current API server serves it at. */
    private static final Map<String, String> SERVED = Map.ofEntries(
            Map.entry("Namespace", "v1"),
            Map.entry("ConfigMap", "v1"),
            Map.entry("Secret", "v1"),
            Map.entry("Service", "v1"),
            Map.entry("ServiceAccount", "v1"),
            Map.entry("PersistentVolumeClaim", "v1"),
            Map.entry("Deployment", "apps/v1"),
            Map.entry("StatefulSet", "apps/v1"),
            Map.entry("Job", "batch/v1"),
            Map.entry("CronJob", "batch/v1"),
            Map.entry("Ingress", "networking.k8s.io/v1"),
            Map.entry("NetworkPolicy", "networking.k8s.io/v1"),
            Map.entry("PodDisruptionBudget", "policy/v1"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
            Map.entry("Role", "rbac.authorization.k8s.io/v1"),
            Map.entry("RoleBinding", "rbac.authorization.k8s.io/v1"));

    static boolean knows(String apiVersion) {
        return SERVED.containsValue(apiVersion);
    }

    /** Why the API server would refuse the object, or empty. */
    static Optional<String> violation(JsonNode object) {
        String kind = object.path("kind").asText();
        String apiVersion = object.path("apiVersion").asText();
        String served = SERVED.get(kind);
        if (served == null) {
            return Optional.of("no schema for built-in kind " + kind + " (add it to CoreKindSchemas)");
        }
        if (!served.equals(apiVersion)) {
            return Optional.of(kind + " is served at " + served + ", not " + apiVersion);
        }
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String model = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                + version.substring(1) + kind;
        try {
            Method validate = Class.forName(model).getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, JsonParser.parseString(object.toString()));
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(String.valueOf(e.getCause().getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No model " + model + " in client-java-api", e);
        }
    }

    static Optional<String> metadataViolation(JsonNode metadata) {
        try {
            io.kubernetes.client.openapi.models.V1ObjectMeta.validateJsonElement(
                    JsonParser.parseString(metadata.toString()));
            return Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.of("metadata: " + e.getMessage());
        }
    }

    private CoreKindSchemas() {
    }
}
