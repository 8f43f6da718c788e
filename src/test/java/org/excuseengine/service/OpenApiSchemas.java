package org.excuseengine.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The response schemas of openapi.yaml, read by a JSON Schema validator with the OpenAPI 3.1
 * dialect, and a check of a real answer against what the document promises for its route,
 * method, status and media type.
 */
final class OpenApiSchemas {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/problem+json");
    private static final Set<String> JSON_LINES_TYPES = Set.of("application/x-ndjson", "application/jsonl");

    private final URI document;
    private final JsonNode spec;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    OpenApiSchemas(Path file) {
        this.document = file.toAbsolutePath().toUri();
        try {
            this.spec = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with {@code answer} to {@code method path} by the document: an undocumented
     * status or media type, or a body that breaks the schema. Empty when the answer is as promised.
     */
    List<String> problems(String method, String path, HttpResponse<String> answer) {
        String operation = "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT);
        if (spec.at(operation).isMissingNode()) {
            return List.of(method + " " + path + " is not documented");
        }
        String status = String.valueOf(answer.statusCode());
        String response = operation + "/responses/" + status;
        if (spec.at(response).isMissingNode()) {
            response = operation + "/responses/default";
        }
        if (spec.at(response).isMissingNode()) {
            return List.of("status " + status + " is not documented for " + method + " " + path);
        }
        response = resolve(response);
        String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        String content = response + "/content/" + escape(type);
        if (spec.at(content).isMissingNode()) {
            return List.of(type + " is not documented for " + status + " of " + method + " " + path);
        }
        return bodyProblems(content + "/schema", type, answer.body());
    }

    /** What is wrong with {@code body} by the schema at {@code pointer} of the document (any component schema). */
    List<String> bodyProblems(String pointer, String type, String body) {
        List<String> problems = new ArrayList<>();
        if (JSON_TYPES.contains(type)) {
            problems.addAll(validate(pointer, body));
        } else if (JSON_LINES_TYPES.contains(type)) {
            body.lines().forEach(line -> problems.addAll(validate(pointer, line)));
        }
        return problems;
    }

    private List<String> validate(String pointer, String json) {
        JsonSchema schema = schemas.computeIfAbsent(pointer,
                at -> factory.getSchema(SchemaLocation.of(document + "#" + at)));
        try {
            Set<ValidationMessage> messages = schema.validate(JSON.readTree(json));
            return messages.stream().map(message -> message.getMessage() + " in " + abbreviate(json)).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + abbreviate(json));
        }
    }

    /** The pointer of the response a {@code $ref} names, or the pointer itself. */
    private String resolve(String pointer) {
        JsonNode ref = spec.at(pointer).path("$ref");
        return ref.isTextual() ? ref.asText().substring(1) : pointer;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String json) {
        return json.length() <= 200 ? json : json.substring(0, 200) + "...";
    }
}
