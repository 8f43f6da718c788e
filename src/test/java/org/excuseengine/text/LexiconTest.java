package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.excuseengine.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading rule authors' files: what they can write, and how mistakes are reported. */
class LexiconTest {
    @TempDir
    Path dir;

    private void write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    }

    private List<Category> classify(String text) {
        return new ExcuseClassifier(Lexicon.load(dir)).classify(text).stream().map(Classification::category).toList();
    }

    @Test
    void theShippedLexiconLoads() {
        Lexicon lexicon = Lexicon.load(Path.of("rules", "lexicon"));
        assertTrue(lexicon.phraseCount() > 200, "phrases: " + lexicon.phraseCount());
    }

    @Test
    void aNewPhraseWorksWithoutAnyCodeChange() throws IOException {
        write("tight-cash.txt", "# comment", "[zh]", "青黄不接 | 2", "[en]", "between paydays");
        assertEquals(List.of(Category.TIGHT_CASH), classify("最近青黃不接"));
        assertEquals(List.of(Category.TIGHT_CASH), classify("We're between paydays."));
    }

    @Test
    void gapsAlternativesAndOpenEndings() throws IOException {
        write("quality.txt", "[质量/品质] ... [差/烂]", "defect*");
        assertEquals(List.of(Category.QUALITY), classify("品質真的越來越爛"));
        assertEquals(List.of(Category.QUALITY), classify("these are defective"));
        assertEquals(List.of(Category.OTHER), classify("质量方面呢其实我们一直都觉得差"));   // too far apart
    }

    @Test
    void englishPhrasesMatchWholeWords() throws IOException {
        write("tight-cash.txt", "broke | 2");
        assertEquals(List.of(Category.TIGHT_CASH), classify("we're broke"));
        assertEquals(List.of(Category.OTHER), classify("it broken"));
    }

    @Test
    void markersComeFromFilesToo() throws IOException {
        write("quality.txt", "quality");
        write("tight-cash.txt", "cash");
        write("markers/negation.txt", "reach = 3", "[before]", "hardly about");
        write("markers/contrast.txt", "yet");
        assertEquals(List.of(Category.TIGHT_CASH), classify("hardly about quality yet cash"));
    }

    @Test
    void aMissingFolderClassifiesEverythingAsOther() {
        List<Classification> found = new ExcuseClassifier(Lexicon.load(dir.resolve("absent"))).classify("资金紧张");
        assertEquals(Category.OTHER, found.get(0).category());
    }

    @Test
    void theSamePhraseTwiceCountsOnceAtTheHigherWeight() throws IOException {
        write("quality.txt", "faulty | 0.5", "faulty | 2");
        assertEquals(1, Lexicon.load(dir).phraseCount());
        assertEquals(List.of(Category.QUALITY), classify("faulty"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "资金紧张 | lots;   the weight after '|' must be a number",
        "资金紧张 | 0;      the weight must be between",
        "资金紧张 | 11;     the weight must be between",
        "资金 ... ;         needs words on both sides",
        "[资金/钱 紧张;     must come in pairs",
        "de*fect;           may only come at the end of a word",
    })
    void aBadLineIsReportedWithFileAndLine(String line, String problem) throws IOException {
        write("tight-cash.txt", "# header", "", line);
        assertReported(3, problem);
    }

    @Test
    void aPhraseUnderTheWrongLanguageSectionIsReported() throws IOException {
        write("tight-cash.txt", "# header", "[zh]", "cash is tight");
        assertReported(3, "must contain Chinese characters");
    }

    private void assertReported(int line, String problem) {
        LexiconException error = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertEquals(line, error.line());
        assertEquals("tight-cash.txt", error.file().getFileName().toString());
        assertTrue(error.getMessage().contains("tight-cash.txt:" + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }

    @Test
    void aMisspeltFileNameIsReportedNotIgnored() throws IOException {
        write("tight-cahs.txt", "资金紧张");
        LexiconException error = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(error.getMessage().contains("tight-cahs.txt") && error.getMessage().contains("tight-cash.txt"),
                error.getMessage());
    }

    @Test
    void badMarkerFilesAreReportedWithFileAndLine() throws IOException {
        write("markers/negation.txt", "reach = far");
        LexiconException error = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(error.getMessage().contains("negation.txt:1: reach must be a whole number"), error.getMessage());
        write("markers/negation.txt", "[sideways]", "not");
        error = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(error.getMessage().contains("negation.txt:2: unknown section [sideways]"), error.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsReported() throws IOException {
        Files.write(dir.resolve("quality.txt"), new byte[] {(byte) 0xB8, (byte) 0xEA, '\n'});
        LexiconException error = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(error.getMessage().contains("quality.txt") && error.getMessage().contains("UTF-8"), error.getMessage());
    }

    @Test
    void spellingCorrectionsApply() throws IOException {
        write("paying-soon.txt", "pay tomorrow");
        write("markers/spelling.txt", "[corrections]", "tmrw = tomorrow");
        assertEquals(List.of(Category.PAYING_SOON), classify("will pay tmrw"));
    }
}
