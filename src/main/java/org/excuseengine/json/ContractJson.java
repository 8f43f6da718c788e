package org.excuseengine.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;

/**
 * Reads visits and writes assessments as the interchange contract (version 1) defines them. Every
 * visit read is first validated against the contract's JSON Schema ({@code visit.schema.json});
 * a visit that breaks it raises an {@link InvalidVisitException} naming the field. Thread-safe.
 */
public final class ContractJson {
    /**
     * The longest visit, in characters, that is read at all: larger ones are refused unparsed. A visit
     * at every limit of the schema (1000 entries per history list, 20 excuses of 4000 characters,
     * each escaped as {@code \\uXXXX}) stays under 1 MiB; twice that leaves room for whitespace.
     */
    public static final int MAX_VISIT_CHARS = 2 * 1024 * 1024;
    /**
     * The longest line of a visits file, in bytes, that is decoded at all. UTF-8 takes at most three
     * bytes per char, so a longer line holds more than {@link #MAX_VISIT_CHARS} and would be refused
     * anyway: it is skipped without being held in memory.
     */
    public static final int MAX_VISIT_LINE_BYTES = 3 * MAX_VISIT_CHARS;
    private static final int MAX_NESTING = 20;

    private final ObjectMapper mapper;
    private final ObjectMapper prettyMapper;
    private final JsonSchema schema;

    public ContractJson() {
        this.mapper = newMapper();
        this.prettyMapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.schema = loadSchema();
    }

    /** A visit as read, with its JSON tree for the fields the contract leaves to the caller ({@code expect}). */
    public record ReadVisit(Visit visit, JsonNode tree) {}

    /** Parses and validates one visit. */
    public Visit readVisit(String json) {
        return read(json).visit();
    }

    /**
     * The text of a visit's document as it came in bytes; an {@link InvalidVisitException} naming
     * the first bad byte when they are not UTF-8, rather than a visit judged on replaced characters.
     */
    public static String text(byte[] document) {
        return Utf8.decode(document);
    }

    /** Parses and validates one visit, keeping its JSON tree. */
    public ReadVisit read(String json) {
        if (json.length() > MAX_VISIT_CHARS) {
            throw new InvalidVisitException(null, "/: the visit is " + json.length()
                    + " characters long; at most " + MAX_VISIT_CHARS + " are accepted");
        }
        JsonNode tree = parseTree(json);
        String visitId = tree.path("visitId").isTextual() ? tree.path("visitId").asText() : null;
        String outOfBounds = NumberLimits.firstProblem(tree);
        if (outOfBounds != null) {
            throw new InvalidVisitException(visitId, outOfBounds);
        }
        Set<ValidationMessage> problems = schema.validate(tree);
        if (!problems.isEmpty()) {
            throw new InvalidVisitException(visitId, describe(problems));
        }
        try {
            return new ReadVisit(mapper.treeToValue(tree, Visit.class), tree);
        } catch (JsonMappingException e) {
            throw new InvalidVisitException(visitId, pointer(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidVisitException(visitId, "/: " + e.getOriginalMessage());
        }
    }

    public String write(Assessment assessment) {
        return write(mapper, assessment);
    }

    public String writePretty(Assessment assessment) {
        return write(prettyMapper, assessment);
    }

    /** The contract's error record: {@code {"visitId": …, "line": …, "error": …}}. */
    public String writeError(String visitId, long line, String error) {
        ObjectNode node = mapper.createObjectNode();
        node.put("visitId", visitId);
        node.put("line", line);
        node.put("error", error);
        return write(mapper, node);
    }

    /** The mapper used for the contract, for callers that need to read or write other JSON alike. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The visit's JSON tree; anything after the visit but white space is an error, not ignored. */
    private JsonNode parseTree(String json) {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || !tree.isObject()) {
                throw new InvalidVisitException(null, "/: expected a JSON object");
            }
            if (parser.nextToken() != null) {
                throw new InvalidVisitException(tree.path("visitId").isTextual() ? tree.path("visitId").asText() : null,
                        "/: unexpected content after the visit at column " + parser.currentTokenLocation().getColumnNr()
                                + "; one visit per document (or per line)");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new InvalidVisitException(null, "/: malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a string", e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static String describe(Set<ValidationMessage> problems) {
        return problems.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ContractJson::withPointer)
                .distinct()
                .limit(5)
                .collect(Collectors.joining("; "));
    }

    /** The validator names the root as an empty location (": required property ..."): say "/" instead. */
    private static String withPointer(ValidationMessage problem) {
        String message = problem.getMessage();
        return message.startsWith(":") ? "/" + message : message;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_VISIT_CHARS)
                .maxNumberLength(50)
                .build());
        return mapper;
    }

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = ContractJson.class.getResourceAsStream("visit.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("the visit schema is missing from the library", e);
        }
    }
}
