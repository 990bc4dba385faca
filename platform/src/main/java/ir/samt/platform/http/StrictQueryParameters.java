package ir.samt.platform.http;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ir.samt.platform.problem.ProblemException;

/**
 * Every endpoint takes only the query parameters it declares (issue 24): an unknown one, one given twice,
 * or (except on HTML pages, whose forms send their empty fields) one left empty is a 400 problem naming it.
 * JAX-RS drops what a method does not declare, so {@code GET /units?provnce=IR-25} used to answer the whole
 * country's units, and an integration's typo looked like data. Names are compared exactly, as JAX-RS binds
 * them ({@code holderid} is not {@code holderId}).
 */
public class StrictQueryParameters {

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    /** What one resource method takes: its query parameters' names, and whether it answers an HTML page. */
    private record Declared(Set<String> names, boolean page) {
    }

    @ServerRequestFilter
    public void refuseUndeclared(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, List<String>> given = uri.getQueryParameters();
        if (given.isEmpty()) {
            return;
        }
        Declared takes = declared.computeIfAbsent(method, StrictQueryParameters::declaredBy);
        for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
            String name = parameter.getKey();
            if (!takes.names().contains(name)) {
                throw ProblemException.invalid(name, takes.names().isEmpty()
                        ? "is not a parameter of this endpoint, which takes no query parameters"
                        : "is not a parameter of this endpoint; it takes " + String.join(", ", takes.names()));
            }
            if (parameter.getValue().size() > 1) {
                throw ProblemException.invalid(name, "is given " + parameter.getValue().size() + " times; give it once");
            }
            if (!takes.page() && parameter.getValue().get(0).isEmpty()) {
                throw ProblemException.invalid(name, "is empty; give a value or leave the parameter out");
            }
        }
    }

    private static Declared declaredBy(Method method) {
        TreeSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        boolean page = produces != null && Arrays.stream(produces.value())
                .anyMatch(type -> type.startsWith(MediaType.TEXT_HTML));
        return new Declared(Collections.unmodifiableSortedSet(names), page);
    }
}
