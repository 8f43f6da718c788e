package org.excuseengine.engine;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.excuseengine.text.Languages;

/**
 * The rebuttal texts, by id and language, read from {@code rebuttals/rebuttals_<lang>.properties}
 * beside the rules (UTF-8). A text may name the figures of the visit in ICU message syntax:
 * {@code {overdue}}, {@code {partial}}, {@code {ask}}, {@code {date}}, {@code {days}},
 * {@code {committed}}.
 */
final class RebuttalCatalog {
    static final List<String> LANGUAGES = List.of(Languages.EN, Languages.ZH_HANT, Languages.ZH_HANS);

    private final Map<String, Map<String, String>> textsByLanguage;
    /** Parsed once at load; a format is cloned for each use, since formatting is not thread-safe. */
    private final Map<String, Map<String, MessageFormat>> formatsByLanguage = new HashMap<>();

    private RebuttalCatalog(Map<String, Map<String, String>> textsByLanguage) {
        this.textsByLanguage = textsByLanguage;
        List<RuleProblem> problems = new java.util.ArrayList<>();
        textsByLanguage.forEach((language, texts) -> {
            Map<String, MessageFormat> formats = new HashMap<>();
            ULocale locale = ULocale.forLanguageTag(language);
            texts.forEach((id, pattern) -> {
                try {
                    formats.put(id, new MessageFormat(pattern, locale));
                } catch (IllegalArgumentException e) {
                    problems.add(RuleProblem.error("rebuttals/" + fileName(language), 0, 0,
                            "rebuttal " + id + " is not a valid message: " + e.getMessage()));
                }
            });
            formatsByLanguage.put(language, formats);
        });
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
    }

    static RebuttalCatalog load(Path rebuttalsDir) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        for (String language : LANGUAGES) {
            texts.put(language, read(rebuttalsDir.resolve(fileName(language))));
        }
        return new RebuttalCatalog(texts);
    }

    /** The rebuttals as {@code folder}'s snapshot holds them: the very bytes its version digest covers. */
    static RebuttalCatalog load(RuleFolder folder) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        for (String language : LANGUAGES) {
            String file = "rebuttals/" + fileName(language);
            byte[] content = folder.content(file);
            texts.put(language, content == null ? Map.of()
                    : parse(new java.io.StringReader(new String(content, StandardCharsets.UTF_8)), file));
        }
        return new RebuttalCatalog(texts);
    }

    static String fileName(String language) {
        return "rebuttals_" + language.replace('-', '_') + ".properties";
    }

    /** The text of rebuttal {@code id} in {@code language}, else in English, with the figures filled in. */
    String text(String id, String language, Map<String, Object> figures) {
        MessageFormat format = formatsByLanguage.getOrDefault(language, Map.of()).get(id);
        if (format == null) {
            format = formatsByLanguage.get(Languages.EN).get(id);
        }
        if (format == null) {
            return "[" + id + "]";
        }
        return ((MessageFormat) format.clone()).format(figures);
    }

    /** The language a rebuttal is really given in: {@code language} if it has the text, else English. */
    String languageOf(String id, String language) {
        return textsByLanguage.getOrDefault(language, Map.of()).containsKey(id) ? language : Languages.EN;
    }

    Set<String> ids(String language) {
        return new TreeSet<>(textsByLanguage.getOrDefault(language, Map.of()).keySet());
    }

    private static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rebuttals " + file, e);
        }
    }

    private static Map<String, String> parse(Reader reader, String file) {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException("cannot read rebuttals " + file, e instanceof IOException io ? io : new IOException(e));
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(id -> texts.put(id, properties.getProperty(id)));
        return Map.copyOf(texts);
    }
}
