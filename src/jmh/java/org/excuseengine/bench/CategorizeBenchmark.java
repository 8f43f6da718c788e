package org.excuseengine.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.excuseengine.text.Classification;
import org.excuseengine.text.Example;
import org.excuseengine.text.ExampleCorpus;
import org.excuseengine.text.ExcuseClassifier;
import org.excuseengine.text.Lexicon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classifying excuse text. {@code classify}: one text of the shipped example corpus per call, in
 * turn (short and long, three languages), with the lexicon alone ({@code lexicon}, as before the
 * model) or with the model beside it ({@code lexicon+model}). {@code loadLexicon}: reading the
 * lexicon folder as a rules reload does when the examples have not changed (the first warm-up load
 * trains the model, the later loads reuse it); {@code trainModel}: training the model anew, as a
 * load after the examples changed does. {@code classify} warms up for 15 s a fork: on a busy machine the compiler needs that
 * long before the times settle.
 */
public class CategorizeBenchmark {

    @State(Scope.Benchmark)
    public static class Texts {
        @Param({"lexicon", "lexicon+model"})
        public String reader;
        ExcuseClassifier classifier;
        List<String> texts;
        int next;

        @Setup
        public void setUp() {
            Lexicon lexicon = Lexicon.load(ShippedRules.folder().resolve("lexicon"));
            classifier = new ExcuseClassifier("lexicon".equals(reader) ? lexicon.trainedOn(List.of()) : lexicon);
            ExcuseClassifier.loadTables();
            texts = ExampleCorpus.load(ShippedRules.folder().resolve("lexicon")).stream().map(Example::text).toList();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 3)
    @Measurement(iterations = 5, time = 2)
    @Fork(3)
    public List<Classification> classify(Texts state) {
        String text = state.texts.get(state.next);
        state.next = (state.next + 1) % state.texts.size();
        return state.classifier.classify(text);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    @Fork(1)
    public Lexicon loadLexicon() {
        return Lexicon.load(ShippedRules.folder().resolve("lexicon"));
    }

    @State(Scope.Benchmark)
    public static class Corpus {
        Lexicon lexicon;
        List<Example> examples;

        @Setup
        public void setUp() {
            lexicon = Lexicon.load(ShippedRules.folder().resolve("lexicon"));
            examples = ExampleCorpus.load(ShippedRules.folder().resolve("lexicon"));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    @Fork(1)
    public Lexicon trainModel(Corpus corpus) {
        return corpus.lexicon.trainedAfreshOn(corpus.examples);
    }
}
