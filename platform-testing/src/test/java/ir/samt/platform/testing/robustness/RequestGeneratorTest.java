package ir.samt.platform.testing.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ir.samt.platform.testing.robustness.OpenApiDocument.ApiOperation;

/** The generator over a small OpenAPI document: every kind of attack produces a request, the same seed the same requests. */
class RequestGeneratorTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{
              "/things":{
                "post":{"security":[{"jwt":["officer"]}],
                  "parameters":[{"name":"Idempotency-Key","in":"header","schema":{"type":"string"}}],
                  "requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}},
                "get":{"parameters":[{"name":"page","in":"query","schema":{"type":"integer","format":"int32"}},
                  {"name":"size","in":"query","schema":{"type":"integer","format":"int32"}},
                  {"name":"from","in":"query","schema":{"type":"string","format":"date"}}]}},
              "/things/{id}":{"get":{"security":[{"jwt":["reader"]}],
                  "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}]}}},
             "components":{"schemas":{
              "Thing":{"type":"object","required":["name"],"properties":{
                "name":{"type":"string","maxLength":200,"example":"قم"},
                "kind":{"$ref":"#/components/schemas/Kind"},
                "count":{"type":"integer","format":"int32","minimum":0},
                "on":{"type":"string","format":"date"},
                "owner":{"type":"object","properties":{"name":{"type":"string","maxLength":100}}}}},
              "Kind":{"type":"string","enum":["A","B"]}}}}""";

    private final OpenApiDocument document = OpenApiDocument.parse(DOCUMENT);

    @Test
    void theDocumentIsReadWithReferencesInlinedAndLimitsCollected() {
        ApiOperation post = operation("POST /things");
        assertThat(post.roles()).containsExactly("officer");
        assertThat(post.bodies().get("application/json").at("/properties/kind/enum/1").asText()).isEqualTo("B");
        assertThat(document.maxLengthByFieldName()).isEqualTo(Map.of("name", 200));
        assertThat(operation("GET /things/{id}").parameters("path")).hasSize(1);
    }

    @Test
    void everyAttackThatAppliesProducesARequestAndTheSameSeedTheSameRequests() {
        List<String> first = generate(42);
        assertThat(first).isEqualTo(generate(42)).isNotEqualTo(generate(43));
    }

    @Test
    void attacksBreakWhatTheySayTheyBreak() {
        RequestGenerator generator = generator(7);
        ApiOperation post = operation("POST /things");
        Set<Attack> seen = EnumSet.noneOf(Attack.class);
        for (int i = 0; i < 60; i++) {
            for (Attack attack : Attack.values()) {
                if (!generator.applies(post, attack)) {
                    continue;
                }
                ProbeRequest request = generator.generate(post, attack);
                seen.add(attack);
                String body = request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
                switch (attack) {
                    case BASELINE -> assertThat(body).contains("name").doesNotContain("unknown");
                    case TOKENS -> assertThat(request.label()).startsWith("token: ");
                    case OVERSIZED -> assertThat(request.label()).containsAnyOf("characters", "numbers", "header", "query");
                    default -> assertThat(request.label()).isNotEqualTo("valid request");
                }
            }
        }
        assertThat(seen).doesNotContain(Attack.PATH_IDS, Attack.PAGING).contains(Attack.BROKEN_JSON, Attack.DATES, Attack.NUMBERS);
    }

    @Test
    void pathIdsAndPagingApplyWhereThereAreIdsAndPages() {
        RequestGenerator generator = generator(1);
        assertThat(generator.applies(operation("GET /things/{id}"), Attack.PATH_IDS)).isTrue();
        assertThat(generator.applies(operation("GET /things"), Attack.PAGING)).isTrue();
        assertThat(generator.applies(operation("GET /things"), Attack.BROKEN_JSON)).isFalse();
        ProbeRequest paging = generator.generate(operation("GET /things"), Attack.PAGING);
        assertThat(paging.target()).matches("/things\\?.*(page|size)=.*");
    }

    private List<String> generate(long seed) {
        RequestGenerator generator = generator(seed);
        List<String> out = new ArrayList<>();
        for (ApiOperation op : document.operations()) {
            for (Attack attack : Attack.values()) {
                if (generator.applies(op, attack)) {
                    ProbeRequest request = generator.generate(op, attack);
                    out.add(request.method() + " " + request.target() + " " + request.label());
                }
            }
        }
        return out;
    }

    private RequestGenerator generator(long seed) {
        RobustnessTarget target = RobustnessTarget.service("test").seed("POST /things", "{\"name\":\"کفش\",\"kind\":\"A\",\"count\":1}");
        IdPools ids = new IdPools(Set.of("id"), Map.of("id", List.of("0f8fad5b-d9cb-469f-a165-70867728950e")));
        return new RequestGenerator(new SplittableRandom(seed), target, ids, new HostileTokens("IR-30", List.of()));
    }

    private ApiOperation operation(String key) {
        return document.operations().stream().filter(op -> op.key().equals(key)).findFirst().orElseThrow();
    }
}
