package ir.samt.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void aSecuredIdempotentChangeOfARecordByIdDocumentsEveryRefusalItCanAnswerAsAProblem() {
        Operation renew = operation().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"))
                .addParameter(pathId()).addParameter(header("Idempotency-Key"));

        filter("/permits/{id}/renewal", renew);

        assertThat(renew.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "409", "422", "503");
        renew.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.equals("200")) {
                assertThat(response.getContent().getMediaType("application/problem+json").getSchema().getRef())
                        .isEqualTo("#/components/schemas/Problem");
                assertThat(response.getDescription()).isNotBlank();
            }
        });
        assertThat(renew.getResponses().getAPIResponse("503").getHeaders()).containsKey("Retry-After");
        assertThat(renew.getResponses().getAPIResponse("401").getHeaders()).containsKey("WWW-Authenticate");
    }

    @Test
    void aJsonBodyCanBeRefusedAsBadTooLargeOrOfTheWrongType() {
        Operation register = operation().requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType())));

        filter("/units", register);

        assertThat(register.getResponses().getAPIResponses()).containsKeys("400", "413", "415");
    }

    @Test
    void aStreamedTextBodyIsNotRefusedAsBadInputOnlyAsTooLargeOrOfTheWrongType() {
        Operation importUnits = operation().requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("text/csv", OASFactory.createMediaType())));

        filter("/units/import", importUnits);

        assertThat(importUnits.getResponses().getAPIResponses()).containsOnlyKeys("200", "413", "415", "503");
    }

    @Test
    void anOperationWithoutSecuritySaysItIsPublicAndAnswersNoAuthenticationProblems() {
        Operation verify = operation().addParameter(OASFactory.createParameter().name("licenceNumber").in(Parameter.In.PATH)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));

        filter("/verify/{licenceNumber}", verify);

        assertThat(verify.getSecurity()).isEmpty();
        assertThat(verify.getResponses().getAPIResponses()).containsOnlyKeys("200", "503");
    }

    @Test
    void aBooleanQueryParameterIsNeverABadParameterButOtherQueryParametersAre() {
        Operation withFlag = operation().addParameter(query("force", Schema.SchemaType.BOOLEAN));
        Operation withYear = operation().addParameter(query("year", Schema.SchemaType.STRING));

        filter("/a", withFlag);
        filter("/b", withYear);

        assertThat(withFlag.getResponses().getAPIResponses()).doesNotContainKey("400");
        assertThat(withYear.getResponses().getAPIResponses()).containsKey("400");
    }

    @Test
    void anOperationMarkedAsNotReadingTheDatabaseDoesNotAnswer503AndTheMarkIsNotPublished() {
        Operation ping = operation().addExtension(ProblemResponses.NO_DATABASE, "true");

        filter("/stats/ping", ping);

        assertThat(ping.getResponses().getAPIResponses()).containsOnlyKeys("200");
        assertThat(ping.getExtensions()).doesNotContainKey(ProblemResponses.NO_DATABASE);
    }

    @Test
    void aResponseTheResourceDeclaresKeepsItsDescriptionAndGetsTheProblemBody() {
        Operation getEstate = operation();
        getEstate.getResponses().addAPIResponse("404", OASFactory.createAPIResponse().description("No estate has this code"));

        filter("/estates/{code}", getEstate);

        assertThat(getEstate.getResponses().getAPIResponse("404").getDescription()).isEqualTo("No estate has this code");
        assertThat(getEstate.getResponses().getAPIResponse("404").getContent().getMediaType("application/problem+json")).isNotNull();
    }

    @Test
    void optionalSecurityDocumentsTheAuthenticationProblemsAsOnlyWhereATokenIsRequired() {
        Operation summary = operation().security(List.of(OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme("jwt")));

        filter("/stats/provinces/{code}", summary);

        assertThat(summary.getResponses().getAPIResponse("401").getDescription()).contains("only where reads require a token");
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static void filter(String path, Operation operation) {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().POST(operation)));
        new ProblemResponses().filterOpenAPI(document);
        assertThat(document.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
    }

    private static Parameter pathId() {
        return OASFactory.createParameter().name("id").in(Parameter.In.PATH).schema(OASFactory.createSchema().ref("UUID"));
    }

    private static Parameter header(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Parameter query(String name, Schema.SchemaType type) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).schema(OASFactory.createSchema().addType(type));
    }
}
