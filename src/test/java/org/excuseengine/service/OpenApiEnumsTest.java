package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.excuseengine.model.Category;
import org.excuseengine.model.CategorySource;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.Measure;
import org.excuseengine.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each enumeration openapi.yaml lists for an answer has exactly the values the model's enum can
 * give, so that a value no example happens to produce (a new measure, say) cannot break clients
 * generated from the document unnoticed.
 */
class OpenApiEnumsTest {
    private static final String ASSESSMENT = "/components/schemas/Assessment/properties";

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of(ASSESSMENT + "/verdict/enum", Verdict.values()),
                Arguments.of(ASSESSMENT + "/excuses/items/properties/verdict/enum",
                        Arrays.stream(Verdict.values()).filter(verdict -> verdict != Verdict.NONE).toArray()),
                Arguments.of(ASSESSMENT + "/excuses/items/properties/categorySource/enum", CategorySource.values()),
                Arguments.of(ASSESSMENT + "/escalation/properties/level/enum", EscalationLevel.values()),
                Arguments.of(ASSESSMENT + "/gap/properties/measures/items/enum", Measure.values()),
                Arguments.of("/components/schemas/Category/enum", Category.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void theDocumentListsEveryValueOfTheEnum(String pointer, Object[] values) throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        List<String> documented = new ArrayList<>();
        spec.at(pointer).forEach(value -> documented.add(value.asText()));

        assertEquals(Arrays.stream(values).map(String::valueOf).toList(), documented);
    }
}
