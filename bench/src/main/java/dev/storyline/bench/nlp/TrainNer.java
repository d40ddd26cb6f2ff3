package dev.storyline.bench.nlp;

import dev.storyline.bench.SharedData;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.EntityFinder;
import dev.storyline.nlp.NameContext;
import dev.storyline.nlp.NameModel;
import dev.storyline.nlp.NameSource;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench train-ner}: trains the name model Storyline ships ({@link NameModel#RESOURCE}) on the openly
 * licensed ner-open sets, reading them in place, and scores it, alone and combined with the rules of
 * {@link EntityFinder}, on the development split ({@link NerOpenSplit}) and then on CoNLL-2003 English test. The same
 * data and settings give the same model: training runs on one thread, over the documents in a fixed order.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the shipped name model on ner-open (WikiGold, WNUT-17, BTC, GUM); score it on the dev split and CoNLL-2003 test.")
public final class TrainNer implements Callable<Integer> {

    /** Every setting of one training run. */
    record Settings(String algorithm, int iterations, int cutoff, int beam, NameFeatures features, TokenContext context,
                    Set<NerOpenSplit.Corpus> corpora, NerOpenData.TwitterMarkup twitter, boolean trainOnDev) {
    }

    /** What the model sees at each token besides the words (see {@link NameContext}). */
    enum TokenContext {
        /** The words only. */
        NONE,
        /** Part-of-speech tags and gazetteer entries, from the same tagger and gazetteers the product uses. */
        TAGS_AND_GAZETTEERS
    }

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding ner-open and conll2003. "
            + "Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model. Default: the shipped model, "
            + "core/src/main/resources/dev/storyline/nlp/names-en.bin in the Storyline home.")
    Path out;

    @Option(names = "--algorithm", defaultValue = "MAXENT", description = "OpenNLP trainer: PERCEPTRON or MAXENT (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "3", description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--beam", defaultValue = "1", description = "Sequences the tagger keeps while decoding, stored in the model; "
            + "1 decodes greedily, OpenNLP's default is 3 (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--features", defaultValue = "AFFIXES", description = "Feature generators: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    NameFeatures features;

    @Option(names = "--context", defaultValue = "TAGS_AND_GAZETTEERS", description = "Token context features: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TokenContext context;

    @Option(names = "--sets", split = ",", defaultValue = "WIKIGOLD,WNUT17,BTC,GUM",
            description = "Training sets, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
    List<NerOpenSplit.Corpus> sets;

    @Option(names = "--twitter", defaultValue = "DROP", description = "Twitter markup (@handles, URLs, #): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    NerOpenData.TwitterMarkup twitter;

    @Option(names = "--train-on-dev", description = "Also train on the development split (for the shipped model, once settings are chosen); its dev scores are then not held out.")
    boolean trainOnDev;

    @Option(names = "--tables", description = "Print the per-type table of every source on the prose dev set too.")
    boolean tables;

    @Option(names = "--score-only", paramLabel = "FILE", description = "Score this model file instead of training one (its split must match the settings).")
    Path scoreOnly;

    @Option(names = "--skip-test", description = "Do not score on CoNLL-2003 test (while choosing settings).")
    boolean skipTest;

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        Path nerOpen = shared.resolve("ner-open");
        if (!Files.isDirectory(nerOpen)) {
            System.err.println(nerOpen + ": no such directory");
            return 1;
        }
        Settings settings = new Settings(algorithm.toUpperCase(Locale.ROOT), iterations, cutoff, beam, features, context,
                EnumSet.copyOf(sets), twitter, trainOnDev);
        NerOpenSplit.Split split = NerOpenSplit.read(nerOpen, settings.corpora(), settings.twitter());
        List<Conll2003.Document> training = new ArrayList<>(split.train());
        if (settings.trainOnDev()) {
            split.dev().values().forEach(training::addAll);
        }
        System.out.println("settings: " + settings);
        NameModel model;
        if (scoreOnly != null) {
            model = NameModel.read(scoreOnly);
            System.out.println("scoring " + scoreOnly + " (not trained now)");
        } else {
            long started = System.nanoTime();
            TokenNameFinderModel trained = train(training, settings, new OpenNlpTextAnalyzer());
            System.out.printf(Locale.ROOT, "trained on %d documents, %d sentences in %.1f s%n", training.size(),
                    training.stream().mapToInt(d -> d.sentences().size()).sum(), (System.nanoTime() - started) / 1e9);
            Path file = out != null ? out : SharedData.home().resolve("core/src/main/resources/dev/storyline/nlp/names-en.bin");
            model = NameModel.of(trained);
            model.write(file);
            System.out.printf(Locale.ROOT, "model: %s, %.2f MB%n", file, Files.size(file) / 1e6);
        }

        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
        List<Conll2003.Document> prose = new ArrayList<>();
        split.dev().forEach((name, documents) -> {
            if (!name.equals("wnut17")) {
                prose.addAll(documents);
            }
        });
        String trainedOn = settings.trainOnDev() ? " (TRAINED ON, not held out)" : "";
        report("dev, prose: GUM dev + WikiGold and BTC news slices" + trainedOn, prose, analyzer, model, tables);
        for (Map.Entry<String, List<Conll2003.Document>> part : split.dev().entrySet()) {
            report("dev part " + part.getKey() + trainedOn, part.getValue(), analyzer, model, false);
        }
        if (!skipTest) {
            Path test = shared.resolve("conll2003/eng.testb");
            report("CoNLL-2003 English test", Conll2003.read(test), analyzer, model, true);
        }
        return 0;
    }

    /** Trains a model on the documents, the first sentence of each clearing the adaptive features; {@code tagger} tags them for the token context. */
    static TokenNameFinderModel train(List<Conll2003.Document> documents, Settings settings, OpenNlpTextAnalyzer tagger)
            throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (Conll2003.Document document : documents) {
            List<List<Span>> names = new ArrayList<>();
            for (int s = 0; s < document.sentences().size(); s++) {
                names.add(new ArrayList<>());
            }
            for (Conll2003.Span span : document.entities()) {
                names.get(span.sentence()).add(new Span(span.start(), span.end(), span.type()));
            }
            for (int s = 0; s < document.sentences().size(); s++) {
                List<String> tokens = document.sentences().get(s);
                if (!tokens.isEmpty()) {
                    String[][] context = settings.context() == TokenContext.NONE ? null
                            : NameContext.of(tokens, tagger.tagged(tokens).tags());
                    samples.add(new NameSample(tokens.toArray(String[]::new), names.get(s).toArray(Span[]::new), context, s == 0));
                }
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, settings.beam());
        TokenNameFinderFactory factory = new TokenNameFinderFactory(settings.features().descriptor(), Map.of(), new BioCodec());
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters, factory);
    }

    /** Scores each source of names on the documents and prints the all-types line of each, then the tables. */
    private static void report(String heading, List<Conll2003.Document> documents, OpenNlpTextAnalyzer analyzer,
                               NameModel model, boolean withTables) {
        List<List<Sentence>> tagged = NerScoring.tag(documents, analyzer);
        StringBuilder tables = new StringBuilder();
        System.out.printf("%s: %d documents%n", heading, documents.size());
        for (NameSource source : NameSource.values()) {
            EntityFinder finder = new EntityFinder(source, source == NameSource.RULES ? null : model);
            Map<String, NerScoring.Score> scores = NerScoring.run(documents, tagged, finder).scores();
            NerScoring.Score all = scores.get("all");
            System.out.printf(Locale.ROOT, "  %-34s P %.3f R %.3f F1 %.3f   (PER %.3f ORG %.3f LOC %.3f)%n", source,
                    all.precision(), all.recall(), all.f1(), scores.get("PER").f1(), scores.get("ORG").f1(), scores.get("LOC").f1());
            tables.append(NerScoring.table(heading + ", " + source, scores));
        }
        if (withTables) {
            System.out.print(tables);
        }
    }
}
