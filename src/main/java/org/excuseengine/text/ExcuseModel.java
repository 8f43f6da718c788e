package org.excuseengine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.InsufficientTrainingDataException;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.excuseengine.model.Category;

/**
 * A maximum entropy model (Apache OpenNLP) over {@link TextFeatures}, trained from the example
 * corpus, that reads the excuse in a clause where the lexicon is silent or split. Its outcomes are
 * the categories and {@link ExampleCorpus#EVIDENCE}.
 *
 * <p>Training is deterministic: the examples are read in file and line order, features in the
 * order met, and the trainer runs on one thread, so the same corpus gives the same model and the
 * same assessments. Reading keeps no state, so one model serves any number of threads.
 */
final class ExcuseModel {
    /** A model with no examples: it reads nothing, and the lexicon alone decides. */
    static final ExcuseModel NONE = new ExcuseModel(null, 0);

    /** Enough for the weights to settle on this corpus; more costs load time and gains nothing measured. */
    private static final int ITERATIONS = 150;
    /** A feature is learned once it occurs twice: one-off n-grams are noise, and dropping them halves training. */
    private static final int CUTOFF = 2;

    private final MaxentModel model;
    private final int examples;

    private ExcuseModel(MaxentModel model, int examples) {
        this.model = model;
        this.examples = examples;
    }

    /** What the model makes of a text: each outcome's probability, and the features it read. */
    record Reading(String outcome, double probability, String[] features, double[] probabilities) {
        static final Reading NOTHING = new Reading(null, 0, new String[0], new double[0]);

        boolean is(String name) {
            return name.equals(outcome);
        }

        /** The category read, or null when it read evidence or nothing. */
        Category category() {
            return outcome == null || ExampleCorpus.EVIDENCE.equals(outcome) ? null : Category.valueOf(outcome);
        }
    }

    /** Trains on {@code corpus}: an example of two categories counts once for each. */
    static ExcuseModel train(List<Example> corpus) {
        List<Event> events = new ArrayList<>();
        for (Example example : corpus) {
            String[] features = TextFeatures.of(TextNormalizer.fold(example.text()));
            if (example.evidence()) {
                events.add(new Event(ExampleCorpus.EVIDENCE, features));
            }
            for (Category category : example.categories().stream().sorted().toList()) {
                events.add(new Event(category.name(), features));
            }
        }
        if (events.isEmpty()) {
            return NONE;
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
        try {
            return new ExcuseModel(trainer.train(ObjectStreamUtils.createObjectStream(events)), corpus.size());
        } catch (InsufficientTrainingDataException e) {
            return NONE;   // too few examples share a feature to learn from: the phrases alone decide
        } catch (IOException e) {
            throw new UncheckedIOException("training the excuse model failed", e);
        }
    }

    /** How many examples it was trained on. */
    int examples() {
        return examples;
    }

    boolean isEmpty() {
        return model == null;
    }

    /** The model's reading of a folded text. */
    Reading read(String folded) {
        if (model == null) {
            return Reading.NOTHING;
        }
        String[] features = TextFeatures.of(folded);
        if (features.length == 0) {
            return Reading.NOTHING;
        }
        double[] probabilities = model.eval(features);
        int best = 0;
        for (int o = 1; o < probabilities.length; o++) {
            if (probabilities[o] > probabilities[best]) {
                best = o;
            }
        }
        return new Reading(model.getOutcome(best), probabilities[best], features, probabilities);
    }

    /** The probability {@code reading} gives {@code category}. */
    double probability(Reading reading, Category category) {
        int index = model == null ? -1 : model.getIndex(category.name());
        return index < 0 || index >= reading.probabilities().length ? 0 : reading.probabilities()[index];
    }

    /**
     * The features of {@code reading} that pushed hardest toward its outcome: each feature's weight
     * for that outcome above its mean weight over all outcomes, strongest first.
     */
    List<String> strongestFeatures(Reading reading, int limit) {
        if (model == null || reading.outcome() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> weights = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        int outcome = model.getIndex(reading.outcome());
        int outcomes = model.getNumOutcomes();
        record Pull(String feature, double pull) {}
        List<Pull> pulls = new ArrayList<>();
        for (String feature : reading.features()) {
            Context context = weights.get(feature);
            if (context == null) {
                continue;
            }
            double own = 0;
            double sum = 0;
            for (int k = 0; k < context.getOutcomes().length; k++) {
                sum += context.getParameters()[k];
                if (context.getOutcomes()[k] == outcome) {
                    own = context.getParameters()[k];
                }
            }
            double pull = own - sum / outcomes;
            if (pull > 0) {
                pulls.add(new Pull(feature, pull));
            }
        }
        pulls.sort(Comparator.comparingDouble(Pull::pull).reversed().thenComparing(Pull::feature));
        return pulls.stream().limit(limit).map(p -> String.format(java.util.Locale.ROOT, "%s %+.2f", p.feature(), p.pull())).toList();
    }
}
