package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.excuseengine.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example corpus the model learns from: its format, its size and its spread. */
class ExampleCorpusTest {
    private static final int MIN_EXCUSES = 2000;
    private static final int MIN_PER_CATEGORY = 150;

    @TempDir
    Path temp;

    @Test
    void theShippedCorpusHoldsEnoughExcusesOfEveryCategoryAndLanguage() {
        List<Example> corpus = LabelledCorpus.shipped();
        List<Example> excuses = corpus.stream().filter(e -> !e.evidence()).toList();
        assertTrue(excuses.size() >= MIN_EXCUSES, excuses.size() + " excuses");
        for (Category category : Category.values()) {
            long count = excuses.stream().filter(e -> e.categories().contains(category)).count();
            assertTrue(count >= MIN_PER_CATEGORY, category + " has " + count + " examples");
        }
        for (String language : List.of(Languages.EN, Languages.ZH_HANT, Languages.ZH_HANS)) {
            long count = excuses.stream().filter(e -> e.language().equals(language)).count();
            assertTrue(count >= 0.25 * excuses.size(), language + " has " + count);
        }
        assertTrue(corpus.stream().anyMatch(Example::evidence), "evidence lines teach the model what supports an excuse");
    }

    @Test
    void everyLineSaysItsLanguageAsTheDetectorReadsItAndNamesASource() {
        List<String> wrong = new ArrayList<>();
        for (Example example : LabelledCorpus.shipped()) {
            String detected = Languages.detect(example.text()).orElse("?");
            if (!detected.equals(example.language())) {
                wrong.add(example.place() + " says " + example.language() + ", reads as " + detected + ": " + example.text());
            }
            if (!example.source().startsWith("http") && !example.source().startsWith("team:")) {
                wrong.add(example.place() + ": source '" + example.source() + "' is neither a URL nor a team: name");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noTextIsThereTwiceNorInTheTeamsHeldOutSet() {
        Map<String, String> seen = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        for (Example example : LabelledCorpus.shipped()) {
            String previous = seen.putIfAbsent(example.text().toLowerCase(java.util.Locale.ROOT), example.place());
            if (previous != null) {
                repeats.add(example.place() + " repeats " + previous + ": " + example.text());
            }
        }
        for (Example heldOut : LabelledCorpus.read("/text/held-out.tsv")) {
            String inCorpus = seen.get(heldOut.text().toLowerCase(java.util.Locale.ROOT));
            if (inCorpus != null) {
                repeats.add("held-out line " + heldOut.line() + " is in the corpus at " + inCorpus);
            }
        }
        assertEquals(List.of(), repeats);
    }

    @Test
    void aWellFormedFileIsReadLineByLine() throws IOException {
        Path file = write("good.tsv", "# a comment\n\nen\tTIGHT_CASH\tteam:test\tcash is tight\n"
                + "zh-Hant\tQUALITY+AFTER_SALES\thttps://example.org/a\t貨壞了，也沒人來修\n"
                + "en\tEVIDENCE\tteam:test\there is the bank statement\n");

        List<Example> examples = ExampleCorpus.read(file);

        assertEquals(3, examples.size());
        assertEquals(3, examples.get(0).line());
        assertEquals(java.util.Set.of(Category.QUALITY, Category.AFTER_SALES), examples.get(1).categories());
        assertTrue(examples.get(2).evidence() && examples.get(2).categories().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "three columns     | en\\tTIGHT_CASH\\tcash is tight            | bad.tsv:1: expected 4 columns separated by tabs (language, categories, source, text), found 3",
            "unknown category  | en\\tBROKE\\tteam:x\\tcash is tight         | bad.tsv:1: category 'BROKE' is not one of",
            "unknown language  | fr\\tTIGHT_CASH\\tteam:x\\tpas d'argent     | bad.tsv:1: language must be one of [en, zh-Hans, zh-Hant], not 'fr'",
            "no source         | en\\tTIGHT_CASH\\t \\tcash is tight         | bad.tsv:1: source is empty",
            "no text           | en\\tTIGHT_CASH\\tteam:x\\t                 | bad.tsv:1: text is empty",
            "wrong language    | en\\tTIGHT_CASH\\tteam:x\\t資金緊張          | bad.tsv:1: language is en but the text has Chinese characters",
    })
    void aLineThatCannotBeReadIsNamedWithWhatWasExpected(String problem, String line, String message) throws IOException {
        Path file = write("bad.tsv", line.replace("\\t", "\t") + "\n");

        LexiconException error = assertThrows(LexiconException.class, () -> ExampleCorpus.read(file));

        assertTrue(error.getMessage().contains(message), error.getMessage());
        assertEquals(1, error.line());
    }

    @Test
    void aBadExampleStopsTheLexiconFromLoadingNamingTheFile() throws IOException {
        Files.createDirectories(temp.resolve("examples"));
        Files.writeString(temp.resolve("examples/bad.tsv"), "en\tCASH\tteam:x\tcash is tight\n", StandardCharsets.UTF_8);

        LexiconException error = assertThrows(LexiconException.class, () -> Lexicon.load(temp));

        assertTrue(error.getMessage().contains("bad.tsv:1: category 'CASH'"), error.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
