package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptLanguageTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "zh-TW                         | zh-Hant",
        "zh-HK                         | zh-Hant",
        "zh-MO                         | zh-Hant",
        "zh-Hant                       | zh-Hant",
        "zh-hant-cn                    | zh-Hant",
        "zh-CN                         | zh-Hans",
        "zh-SG                         | zh-Hans",
        "zh-Hans-HK                    | zh-Hans",
        "zh                            | zh-Hans",
        "en                            | en",
        "en-GB                         | en",
        "fr-FR, zh-TW;q=0.8, en;q=0.5  | zh-Hant",
        "en;q=0.4, zh-CN;q=0.9         | zh-Hans",
        "zh-TW;q=0.5, en;q=0.5         | zh-Hant",
        "en;q=0, zh-CN;q=0.1           | zh-Hans",
        "en;q=abc, zh-TW               | zh-Hant",
        "de, fr, *                     | none",
        "en;q=0                        | none",
        "''                            | none",
        "';'                           | none",
        "';, zh-TW'                    | zh-Hant",
        "'en;q=2, zh-TW'               | zh-Hant",
        "'@@, en-GB;q=0.3'             | en",
    })
    void picksTheBestSupportedLanguage(String header, String expected) {
        assertEquals(Optional.ofNullable(expected), AcceptLanguage.preferred(header));
    }
}
