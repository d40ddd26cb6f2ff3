package dev.storyline.bench.clustering;

import dev.storyline.bench.SharedData;
import dev.storyline.cluster.ClusterInput;
import dev.storyline.cluster.Clustering;
import dev.storyline.cluster.ClusteringSettings;
import dev.storyline.cluster.ClusteringTrainer;
import dev.storyline.cluster.LinkModel;
import dev.storyline.cluster.OnlineEventClusterer;
import dev.storyline.cluster.PairSimilarity;
import dev.storyline.model.Event;
import dev.storyline.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench eval clustering}: events and stories against ECB+ (train on topics 1-35, report on 36-45),
 * NeuS (all 307 lines, nothing tuned on it) and SemEval-2022 Task 8 English pairs; the TF-IDF average-link baseline and
 * an ablation in the same run; then speed on dated streams of 10,000 to 100,000 documents.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Scores event and story clustering on ECB+, NeuS and SemEval-2022 Task 8 (English pairs), beside a "
                + "TF-IDF average-link baseline and an ablation, then measures speed on generated dated streams."})
public final class ClusteringEvaluation implements Callable<Integer> {

    static final int LAST_TRAIN_TOPIC = 35;
    static final int STREAM_FOR_QUALITY = 5_000;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding ecbplus, neus and "
            + "semeval2022-task8. Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "10000,30000,100000",
            description = "Stream sizes for the speed run (default: ${DEFAULT-VALUE}); 0 skips it.")
    List<Integer> sizes;

    @Option(names = "--no-embeddings", description = "Skip the rows that need all-MiniLM-L6-v2 embeddings (faster).")
    boolean noEmbeddings;

    @Option(names = "--no-ablation", description = "Score the full model and the baseline only.")
    boolean noAblation;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for the arrival order of undated documents and for the streams (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fit", description = "Print the settings learned for the full model as Java, for ClusteringSettings.DEFAULTS.")
    boolean fit;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the tables.")
    boolean json;

    /** One row of the ablation: which features, merge step and time decay the model may use. */
    private record Variant(String name, boolean[] features, boolean merge, boolean time) {
        boolean embeddings() {
            return features[LinkModel.featureNames().indexOf("embedding")];
        }
    }

    private record Row(Variant variant, ClusteringSettings settings, ClusterMetrics.Scores ecbEvents,
                       ClusterMetrics.Scores ecbStories, ClusterMetrics.Scores neusEvents, ClusterMetrics.Scores neusStories, double pearson,
                       double accuracy, ClusterMetrics.Scores streamEvents) {
    }

    private record Speed(int documents, double seconds, long peakHeapBytes, int events, int stories,
                         ClusterMetrics.Scores events_) {
    }

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        for (String set : List.of("ecbplus", "neus", "semeval2022-task8")) {
            if (!Files.isDirectory(shared.resolve(set))) {
                System.err.println(shared.resolve(set) + ": no such data set directory");
                return 1;
            }
        }
        List<LabeledDocument> ecb = EcbPlus.read(shared.resolve("ecbplus/ECB+.zip"));
        List<LabeledDocument> train = new ArrayList<>();
        List<LabeledDocument> test = new ArrayList<>();
        for (LabeledDocument document : ecb) {
            (EcbPlus.topic(document) <= LAST_TRAIN_TOPIC ? train : test).add(document);
        }
        Collections.shuffle(train, new Random(seed));
        Collections.shuffle(test, new Random(seed));
        List<LabeledDocument> neus = new ArrayList<>(Neus.read(shared.resolve("neus/test.source")));
        Collections.shuffle(neus, new Random(seed));
        Path semeval = shared.resolve("semeval2022-task8");
        List<SemEvalPairs.Pair> pairs = SemEvalPairs.readEnglish(semeval.resolve("training_set.csv.gz"), semeval.resolve("testing_set.csv.gz"));
        List<LabeledDocument> sources = new ArrayList<>(ecb);
        sources.addAll(neus);
        List<LabeledDocument> stream = new DatedStream(sources, seed).generate(STREAM_FOR_QUALITY);

        Map<String, float[]> embeddings = new HashMap<>();
        if (!noEmbeddings) {
            embed(embeddings, ecb, neus, pairs);
        }
        List<Row> rows = new ArrayList<>();
        for (Variant variant : variants()) {
            if (variant.embeddings() && noEmbeddings || noAblation && !rows.isEmpty() && !variant.embeddings()) {
                continue;
            }
            rows.add(evaluate(variant, train, test, neus, pairs, stream, variant.embeddings() ? embeddings : Map.of()));
        }
        Baseline baseline = baseline(train, test, neus, pairs);
        List<Speed> speeds = new ArrayList<>();
        for (int size : sizes) {
            if (size > 0) {
                speeds.add(speed(sources, size, rows.get(0).settings()));
            }
        }
        if (json) {
            printJson(rows.get(0), baseline, speeds);
        } else {
            printTables(rows, baseline, speeds);
        }
        if (fit) {
            printSettings(rows.get(0).settings());
        }
        return 0;
    }

    private static List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("full (no embeddings)", mask(), true, true));
        variants.add(new Variant("- title", mask("title"), true, true));
        variants.add(new Variant("- lead", mask("lead"), true, true));
        variants.add(new Variant("- body", mask("body", "text"), true, true));
        variants.add(new Variant("- names (entities)", mask("names"), true, true));
        variants.add(new Variant("- back-reference", mask("backref"), true, true));
        variants.add(new Variant("- time decay", mask(), true, false));
        variants.add(new Variant("- merge step", mask(), false, true));
        boolean[] withEmbeddings = mask();
        withEmbeddings[LinkModel.featureNames().indexOf("embedding")] = true;
        variants.add(new Variant("+ embeddings", withEmbeddings, true, true));
        return variants;
    }

    /** All features but embeddings and the ones named. */
    private static boolean[] mask(String... without) {
        List<String> names = LinkModel.featureNames();
        boolean[] used = new boolean[names.size()];
        for (int i = 0; i < used.length; i++) {
            used[i] = !names.get(i).equals("embedding") && !List.of(without).contains(names.get(i));
        }
        return used;
    }

    private Row evaluate(Variant variant, List<LabeledDocument> train, List<LabeledDocument> test,
                         List<LabeledDocument> neus, List<SemEvalPairs.Pair> pairs, List<LabeledDocument> stream,
                         Map<String, float[]> embeddings) {
        Map<String, String> trainEvents = gold(train, true);
        Map<String, String> trainStories = gold(train, false);
        ClusteringSettings settings = ClusteringTrainer.fit(inputs(train, embeddings), trainEvents, trainStories,
                variant.features(), variant.merge(), variant.time(),
                clustering -> ClusterMetrics.score(eventLabels(clustering), trainEvents).bcubedF1(),
                clustering -> ClusterMetrics.score(storyLabels(clustering), trainStories).bcubedF1());
        Clustering ecb = OnlineEventClusterer.cluster(inputs(test, embeddings), Map.of(), settings);
        Clustering neusClustering = OnlineEventClusterer.cluster(inputs(neus, embeddings), Map.of(), settings);
        List<ClusterInput> sides = new ArrayList<>();
        for (SemEvalPairs.Pair pair : pairs) {
            sides.add(input(pair.first(), embeddings));
            sides.add(input(pair.second(), embeddings));
        }
        PairSimilarity similarity = new PairSimilarity(sides, settings);
        double[] scores = new double[pairs.size()];
        double[] gold = new double[pairs.size()];
        int correct = 0;
        for (int i = 0; i < pairs.size(); i++) {
            scores[i] = similarity.probability(2 * i, 2 * i + 1);
            gold[i] = 5 - pairs.get(i).overall();
            if ((scores[i] >= settings.joinThreshold()) == (pairs.get(i).overall() <= 2)) {
                correct++;
            }
        }
        Clustering streamClustering = OnlineEventClusterer.cluster(inputs(stream, Map.of()), Map.of(), settings);
        return new Row(variant, settings,
                ClusterMetrics.score(eventLabels(ecb), gold(test, true)),
                ClusterMetrics.score(storyLabels(ecb), gold(test, false)),
                ClusterMetrics.score(eventLabels(neusClustering), gold(neus, false)),
                ClusterMetrics.score(storyLabels(neusClustering), gold(neus, false)),
                Correlation.pearson(scores, gold), (double) correct / pairs.size(),
                ClusterMetrics.score(eventLabels(streamClustering), gold(stream, true)));
    }

    private record Baseline(double eventThreshold, double storyThreshold, ClusterMetrics.Scores ecbEvents,
                            ClusterMetrics.Scores ecbStories, ClusterMetrics.Scores neusStories,
                            double neusOracleThreshold, ClusterMetrics.Scores neusOracle, double pearson, double accuracy) {
    }

    private static Baseline baseline(List<LabeledDocument> train, List<LabeledDocument> test,
                                     List<LabeledDocument> neus, List<SemEvalPairs.Pair> pairs) {
        AverageLinkBaseline trainTree = new AverageLinkBaseline(train);
        double eventThreshold = bestCut(trainTree, gold(train, true));
        double storyThreshold = bestCut(trainTree, gold(train, false));
        AverageLinkBaseline testTree = new AverageLinkBaseline(test);
        AverageLinkBaseline neusTree = new AverageLinkBaseline(neus);
        double oracle = bestCut(neusTree, gold(neus, false));
        List<LabeledDocument> firsts = new ArrayList<>();
        List<LabeledDocument> seconds = new ArrayList<>();
        for (SemEvalPairs.Pair pair : pairs) {
            firsts.add(pair.first());
            seconds.add(pair.second());
        }
        double[] cosines = AverageLinkBaseline.pairCosines(firsts, seconds);
        double[] gold = new double[pairs.size()];
        int correct = 0;
        for (int i = 0; i < pairs.size(); i++) {
            gold[i] = 5 - pairs.get(i).overall();
            if ((cosines[i] >= eventThreshold) == (pairs.get(i).overall() <= 2)) {
                correct++;
            }
        }
        return new Baseline(eventThreshold, storyThreshold,
                ClusterMetrics.score(testTree.cut(eventThreshold), gold(test, true)),
                ClusterMetrics.score(testTree.cut(storyThreshold), gold(test, false)),
                ClusterMetrics.score(neusTree.cut(storyThreshold), gold(neus, false)),
                oracle, ClusterMetrics.score(neusTree.cut(oracle), gold(neus, false)),
                Correlation.pearson(cosines, gold), (double) correct / pairs.size());
    }

    private static double bestCut(AverageLinkBaseline tree, Map<String, String> gold) {
        double best = 0;
        double bestF1 = -1;
        for (int i = 1; i < 100; i++) {
            double threshold = i / 100.0;
            double f1 = ClusterMetrics.score(tree.cut(threshold), gold).bcubedF1();
            if (f1 > bestF1) {
                best = threshold;
                bestF1 = f1;
            }
        }
        return best;
    }

    private Speed speed(List<LabeledDocument> sources, int size, ClusteringSettings settings) {
        List<LabeledDocument> stream = new DatedStream(sources, seed + size).generate(size);
        List<ClusterInput> inputs = inputs(stream, Map.of());
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        OnlineEventClusterer clusterer = new OnlineEventClusterer(settings);
        for (ClusterInput input : inputs) {
            clusterer.add(input, null);
        }
        Clustering clustering = clusterer.result();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Speed(size, seconds, peakHeap(), clustering.events().size(), clustering.stories().size(),
                ClusterMetrics.score(eventLabels(clustering), gold(stream, true)));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void embed(Map<String, float[]> embeddings, List<LabeledDocument> ecb, List<LabeledDocument> neus,
                              List<SemEvalPairs.Pair> pairs) {
        List<LabeledDocument> all = new ArrayList<>(ecb);
        all.addAll(neus);
        for (SemEvalPairs.Pair pair : pairs) {
            all.add(pair.first());
            all.add(pair.second());
        }
        long start = System.nanoTime();
        try (MiniLmEmbeddings model = MiniLmEmbeddings.load()) {
            for (LabeledDocument document : all) {
                embeddings.computeIfAbsent(document.id(), id -> model.embed(embeddingText(document)));
            }
        }
        System.err.printf(Locale.ROOT, "embedded %d documents in %.1f s%n", embeddings.size(), (System.nanoTime() - start) / 1e9);
    }

    private static String embeddingText(LabeledDocument document) {
        String body = String.join(" ", document.paragraphs());
        return document.title() == null ? body : document.title() + ". " + body;
    }

    private static List<ClusterInput> inputs(List<LabeledDocument> documents, Map<String, float[]> embeddings) {
        List<ClusterInput> inputs = new ArrayList<>();
        for (LabeledDocument document : documents) {
            inputs.add(input(document, embeddings));
        }
        return inputs;
    }

    private static ClusterInput input(LabeledDocument document, Map<String, float[]> embeddings) {
        return new ClusterInput(document.id(), document.title(), document.paragraphs(), document.date(),
                embeddings.get(document.id()));
    }

    private static Map<String, String> gold(List<LabeledDocument> documents, boolean events) {
        Map<String, String> labels = new HashMap<>();
        for (LabeledDocument document : documents) {
            labels.put(document.id(), events ? document.event() : document.story());
        }
        return labels;
    }

    static Map<String, String> eventLabels(Clustering clustering) {
        Map<String, String> labels = new HashMap<>();
        for (Event event : clustering.events()) {
            for (String id : event.documents()) {
                labels.put(id, event.id());
            }
        }
        return labels;
    }

    static Map<String, String> storyLabels(Clustering clustering) {
        Map<String, String> labels = new HashMap<>();
        for (Story story : clustering.stories()) {
            for (String id : story.documents()) {
                labels.put(id, story.id());
            }
        }
        return labels;
    }

    private static void printTables(List<Row> rows, Baseline baseline, List<Speed> speeds) {
        System.out.println("Clustering quality (BCubed F1 unless noted; ECB+ trained on topics 1-35, scored on 36-45; NeuS and SemEval untuned)");
        System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s %9s %9s%n", "system", "ECB+ ev", "ECB+ st", "NeuS st", "SemEval r", "SE acc", "stream ev");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f%n", row.variant().name(),
                    row.ecbEvents().bcubedF1(), row.ecbStories().bcubedF1(), row.neusStories().bcubedF1(),
                    row.pearson(), row.accuracy(), row.streamEvents().bcubedF1());
        }
        System.out.printf(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %9.3f %9.3f %9s%n", "TF-IDF average link",
                baseline.ecbEvents().bcubedF1(), baseline.ecbStories().bcubedF1(), baseline.neusStories().bcubedF1(),
                baseline.pearson(), baseline.accuracy(), "-");
        System.out.printf(Locale.ROOT, "  baseline thresholds from ECB+ train: event %.2f, story %.2f; on NeuS tuned on NeuS itself (%.2f): %.3f%n",
                baseline.eventThreshold(), baseline.storyThreshold(), baseline.neusOracleThreshold(), baseline.neusOracle().bcubedF1());
        System.out.println();
        Row full = rows.get(0);
        System.out.println("Full model, all metrics");
        System.out.printf(Locale.ROOT, "%-14s %7s %7s %7s %7s %7s %7s %6s %6s%n", "set", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1", "pred", "gold");
        printScores("ECB+ events", full.ecbEvents());
        printScores("ECB+ stories", full.ecbStories());
        printScores("NeuS events", full.neusEvents());
        printScores("NeuS stories", full.neusStories());
        printScores("stream events", full.streamEvents());
        printScores("base ECB+ ev", baseline.ecbEvents());
        printScores("base ECB+ st", baseline.ecbStories());
        printScores("base NeuS st", baseline.neusStories());
        if (!speeds.isEmpty()) {
            System.out.println();
            System.out.println("Speed, one thread, dated streams made from ECB+ and NeuS articles (vectorizing, events and stories)");
            System.out.printf(Locale.ROOT, "%10s %10s %10s %10s %9s %9s %10s%n", "documents", "docs/s", "us/doc", "peak MB", "events", "stories", "event B3F1");
            for (Speed speed : speeds) {
                System.out.printf(Locale.ROOT, "%10d %10.0f %10.1f %10.0f %9d %9d %10.3f%n", speed.documents(), speed.documents() / speed.seconds(),
                        speed.seconds() * 1e6 / speed.documents(), speed.peakHeapBytes() / 1e6, speed.events(), speed.stories(), speed.events_().bcubedF1());
            }
        }
    }

    private static void printScores(String name, ClusterMetrics.Scores s) {
        System.out.printf(Locale.ROOT, "%-14s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %6d %6d%n", name, s.pairwisePrecision(), s.pairwiseRecall(),
                s.pairwiseF1(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.predictedClusters(), s.goldClusters());
    }

    private static void printJson(Row full, Baseline baseline, List<Speed> speeds) {
        StringBuilder line = new StringBuilder("{");
        line.append(String.format(Locale.ROOT, "\"ecb_event_bcubed_f1\":%.4f,\"ecb_story_bcubed_f1\":%.4f,\"neus_story_bcubed_f1\":%.4f,"
                        + "\"semeval_pearson\":%.4f,\"semeval_accuracy\":%.4f,\"baseline_ecb_event_bcubed_f1\":%.4f,"
                        + "\"baseline_ecb_story_bcubed_f1\":%.4f,\"baseline_neus_story_bcubed_f1\":%.4f,\"baseline_semeval_pearson\":%.4f",
                full.ecbEvents().bcubedF1(), full.ecbStories().bcubedF1(), full.neusStories().bcubedF1(), full.pearson(),
                full.accuracy(), baseline.ecbEvents().bcubedF1(), baseline.ecbStories().bcubedF1(),
                baseline.neusStories().bcubedF1(), baseline.pearson()));
        for (Speed speed : speeds) {
            line.append(String.format(Locale.ROOT, ",\"docs_per_second_%d\":%.0f,\"peak_heap_mb_%d\":%.0f", speed.documents(),
                    speed.documents() / speed.seconds(), speed.documents(), speed.peakHeapBytes() / 1e6));
        }
        System.out.println(line.append('}'));
    }

    private static void printSettings(ClusteringSettings s) {
        System.out.println("new ClusteringSettings(");
        System.out.println("        " + model(s.eventModel()) + ", " + s.joinThreshold() + ", " + s.merge() + ", " + s.mergeThreshold() + ",");
        System.out.println("        " + model(s.storyModel()) + ", " + s.storyThreshold() + ", " + s.timeDecay() + ");");
    }

    private static String model(LinkModel model) {
        StringBuilder weights = new StringBuilder();
        for (double weight : model.weights()) {
            weights.append(weights.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", weight));
        }
        return String.format(Locale.ROOT, "new LinkModel(%.4f, new double[]{%s})", model.bias(), weights);
    }
}
