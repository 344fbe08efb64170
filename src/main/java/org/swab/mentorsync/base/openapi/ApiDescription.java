package org.swab.mentorsync.base.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description of {@code /api/**} (served at /v3/api-docs, Swagger UI at /swagger-ui.html, both behind the
 * login) with request and response examples from {@value #EXAMPLES}: payloads the endpoints really returned,
 * recorded and kept true by ApiExamplesIT.
 */
@Configuration
class ApiDescription {

    static final String EXAMPLES = "openapi/examples.json";
    private static final String BASIC = "basicAuth";
    private static final String MODULES = "org.swab.mentorsync.";

    @Bean
    OpenAPI mentorSyncApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Mentor Sync API")
                        .version("1")
                        .description("What the admin pages do, for scripts: HTTP Basic with the admin account on "
                                + "every call (send it up front, a 401 carries no challenge); JSON in snake_case. "
                                + "Browser pages of other sites cannot call it."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Operations grouped by the feature module of their controller (mentor, importing, sync, ...). */
    @Bean
    OperationCustomizer tagByModule() {
        return (operation, handler) -> {
            String name = handler.getBeanType().getPackageName();
            String feature = name.substring(MODULES.length()).split("\\.")[0];
            return operation.tags(List.of(feature));
        };
    }

    @Bean
    OpenApiCustomizer recordedExamples(JsonMapper json) {
        JsonNode examples = read(json);
        return openApi -> {
            // springdoc lists the controllers as tags; the operations now name their module instead
            openApi.setTags(null);
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        JsonNode example = examples.path(method.name() + " " + path);
                        if (!example.isMissingNode()) {
                            attach(operation, example, json);
                        }
                    }));
        };
    }

    private static void attach(Operation operation, JsonNode example, JsonMapper json) {
        if (example.has("request")) {
            RequestBody body = operation.getRequestBody() == null ? new RequestBody() : operation.getRequestBody();
            body.setContent(withExample(body.getContent(), "application/json", plain(json, example.get("request"))));
            operation.setRequestBody(body);
        }
        for (Map.Entry<String, JsonNode> response : example.path("responses").properties()) {
            ApiResponses all = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            ApiResponse documented =
                    all.computeIfAbsent(response.getKey(), status -> new ApiResponse().description("HTTP " + status));
            Content content = documented.getContent() == null ? new Content() : documented.getContent();
            // the recorded media types replace springdoc's guess (often */*); its schema stays with the JSON one
            Schema<?> schema = content.values().stream()
                    .map(MediaType::getSchema)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            content.clear();
            response.getValue().properties().forEach(typed -> {
                MediaType type = new MediaType().example(plain(json, typed.getValue()));
                content.addMediaType(
                        typed.getKey(), typed.getKey().equals("application/json") ? type.schema(schema) : type);
            });
            documented.setContent(content);
            operation.setResponses(all);
        }
    }

    private static Content withExample(Content content, String defaultType, Object example) {
        Content result = content == null || content.isEmpty() ? new Content() : content;
        if (result.isEmpty()) {
            result.addMediaType(defaultType, new MediaType());
        }
        result.values().forEach(type -> type.setExample(example));
        return result;
    }

    /** Maps, lists and values: the description is written by swagger's own JSON library, not ours. */
    private static Object plain(JsonMapper json, JsonNode example) {
        return json.convertValue(example, Object.class);
    }

    private static JsonNode read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + EXAMPLES, e);
        }
    }
}
