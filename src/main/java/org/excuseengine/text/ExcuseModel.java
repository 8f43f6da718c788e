package org.excuseengine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
 * same assessments. That is also why a model is kept and reused while its corpus is unchanged: a
 * rules reload that did not touch the examples does not train again ({@link #train}).
 *
 * <p>Reading does not go through OpenNLP's generic {@code eval}, which looks each feature up in a
 * map of sparse parameter lists and allocates per call: once trained, the model's parameters are
 * read into one table from feature to its weight for every outcome, and a text's outcome
 * probabilities are the normalised exponentials of its features' summed weights, exactly what the
 * maximum entropy model (with OpenNLP's uniform prior) computes; a test compares the two over the
 * whole corpus. Reading keeps no state, so one model serves any number of threads.
 */
final class ExcuseModel {
    /** A model with no examples: it reads nothing, and the lexicon alone decides. */
    static final ExcuseModel NONE = new ExcuseModel(null, 0);

    /** Enough for the weights to settle on this corpus; more costs load time and gains nothing measured. */
    private static final int ITERATIONS = 150;
    /** A feature is learned once it occurs twice: one-off n-grams are noise, and dropping them halves training. */
    private static final int CUTOFF = 2;
    /**
     * How many trained models are kept for reuse: the rules in service, the version before it (a
     * reload may go back to it) and a couple of evaluation models, whose corpora differ.
     */
    private static final int MODELS_KEPT = 4;
    private static final Map<String, ExcuseModel> TRAINED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ExcuseModel> eldest) {
            return size() > MODELS_KEPT;
        }
    };

    private final MaxentModel model;
    private final int examples;
    /** Per feature, its weight for each outcome (by outcome index); features the model never learned are absent. */
    private final Map<String, double[]> weights;
    private final String[] outcomes;
    private final double uniformLogPrior;

    private ExcuseModel(MaxentModel model, int examples) {
        this.model = model;
        this.examples = examples;
        this.outcomes = model == null ? new String[0] : outcomeNames(model);
        this.weights = model == null ? Map.of() : weightTable(model);
        this.uniformLogPrior = Math.log(1.0 / Math.max(1, outcomes.length));
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

    /**
     * The model of {@code corpus}: the one trained before when the corpus is the same (same
     * texts, labels and order, compared by digest), else a newly trained one. An example of two
     * categories counts once for each.
     */
    static ExcuseModel train(List<Example> corpus) {
        String digest = digest(corpus);
        synchronized (TRAINED) {
            ExcuseModel known = TRAINED.get(digest);
            if (known != null) {
                return known;
            }
        }
        ExcuseModel trained = trainAfresh(corpus);
        synchronized (TRAINED) {
            TRAINED.put(digest, trained);
        }
        return trained;
    }

    /** Trains on {@code corpus} whether or not a model of it is kept. */
    static ExcuseModel trainAfresh(List<Example> corpus) {
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

    /**
     * A digest of everything training reads from {@code corpus}: each example's labels and text,
     * in order. The source and the place of a line do not change the model.
     */
    private static String digest(List<Example> corpus) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Example example : corpus) {
                sha.update((example.evidence() ? ExampleCorpus.EVIDENCE : "").getBytes(StandardCharsets.UTF_8));
                for (Category category : example.categories().stream().sorted().toList()) {
                    sha.update((byte) 1);
                    sha.update(category.name().getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) 0);
                sha.update(example.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
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
        double[] probabilities = new double[outcomes.length];
        Arrays.fill(probabilities, uniformLogPrior);   // where OpenNLP's uniform prior starts the sums
        for (String feature : features) {
            double[] row = weights.get(feature);
            if (row != null) {
                for (int o = 0; o < row.length; o++) {
                    probabilities[o] += row[o];
                }
            }
        }
        double total = 0;
        for (int o = 0; o < probabilities.length; o++) {
            probabilities[o] = Math.exp(probabilities[o]);   // OpenNLP uses StrictMath: they differ by a unit in the last place at most
            total += probabilities[o];
        }
        int best = 0;
        for (int o = 0; o < probabilities.length; o++) {
            probabilities[o] /= total;
            if (probabilities[o] > probabilities[best]) {
                best = o;
            }
        }
        return new Reading(outcomes[best], probabilities[best], features, probabilities);
    }

    /** OpenNLP's own reading of a folded text: what {@link #read} must agree with. */
    double[] readByOpenNlp(String folded) {
        return model.eval(TextFeatures.of(folded));
    }

    /** OpenNLP's model itself, for tests that compare against it. */
    MaxentModel trained() {
        return model;
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
        int outcome = model.getIndex(reading.outcome());
        List<Pull> strongest = new ArrayList<>(limit + 1);   // kept in order; only the few shown are ever sorted
        for (String feature : reading.features()) {
            double[] row = weights.get(feature);
            if (row == null) {
                continue;
            }
            double sum = 0;
            for (double weight : row) {
                sum += weight;
            }
            Pull pull = new Pull(feature, row[outcome] - sum / row.length);
            if (pull.pull() > 0 && (strongest.size() < limit || pull.before(strongest.get(strongest.size() - 1)))) {
                int at = strongest.size();
                while (at > 0 && pull.before(strongest.get(at - 1))) {
                    at--;
                }
                strongest.add(at, pull);
                if (strongest.size() > limit) {
                    strongest.remove(limit);
                }
            }
        }
        List<String> shown = new ArrayList<>(strongest.size());
        for (Pull pull : strongest) {
            // As "%+.2f" would print it (half up on the shortest decimal form), without a Formatter per feature.
            shown.add(pull.feature() + " +" + BigDecimal.valueOf(pull.pull()).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        return shown;
    }

    /** How hard a feature pulls toward an outcome; the strongest first, ties in feature order. */
    private record Pull(String feature, double pull) {
        boolean before(Pull other) {
            return pull > other.pull || (pull == other.pull && feature.compareTo(other.feature) < 0);
        }
    }

    private static String[] outcomeNames(MaxentModel model) {
        String[] names = new String[model.getNumOutcomes()];
        for (int o = 0; o < names.length; o++) {
            names[o] = model.getOutcome(o);
        }
        return names;
    }

    /** The trained parameters, feature by feature, as one dense row of weights per feature. */
    private static Map<String, double[]> weightTable(MaxentModel model) {
        @SuppressWarnings("unchecked")
        Map<String, Context> parameters = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
        Map<String, double[]> table = new HashMap<>(parameters.size() * 2);
        parameters.forEach((feature, context) -> {
            double[] row = new double[model.getNumOutcomes()];
            for (int k = 0; k < context.getOutcomes().length; k++) {
                row[context.getOutcomes()[k]] += context.getParameters()[k];
            }
            table.put(feature, row);
        });
        return table;
    }
}
