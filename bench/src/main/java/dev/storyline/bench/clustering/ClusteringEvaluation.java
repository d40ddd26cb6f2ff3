package dev.storyline.bench.clustering;

import dev.storyline.bench.HeapPools;
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
 * {@code storyline bench eval clustering}: learns the event model on ECB+ topics 1-35 and NeuS train (thresholds on
 * ECB+ 1-35 and NeuS val), calibrates the story model on ECB+ 1-35, then scores events and stories on the held-out
 * sets: ECB+ 36-45, NeuS test, the Timeline17 storylines and timelines (evaluation only, never learned on), and
 * SemEval-2022 Task 8 English pairs; NeuS train and val are reported apart. The TF-IDF average-link baseline and an
 * ablation run in the same run; then speed on dated streams of 10,000 to 100,000 documents.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Scores event and story clustering on ECB+, NeuS, Timeline17 and SemEval-2022 Task 8 (English "
                + "pairs), beside a TF-IDF average-link baseline and an ablation, then measures speed on generated dated streams."})
public final class ClusteringEvaluation implements Callable<Integer> {

    static final int LAST_TRAIN_TOPIC = 35;
    static final int STREAM_FOR_QUALITY = 5_000;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding ecbplus, neus, t17 "
            + "and semeval2022-task8. Default: ../shared/data beside the project.")
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

    @Option(names = "--no-timelines", description = "Skip the Timeline17 timelines, which run the whole pipeline (faster).")
    boolean noTimelines;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the tables.")
    boolean json;

    /**
     * One row of the ablation: which event features, merge step and time decay the model may use, and the story
     * model's weights. Rows that change only the story weights or the time decay reuse the full row's event model.
     */
    private record Variant(String name, boolean[] features, boolean merge, boolean time, double[] storyWeights) {
        boolean embeddings() {
            return features[LinkModel.featureNames().indexOf("embedding")];
        }

        boolean sameEventModel(Variant other) {
            return java.util.Arrays.equals(features, other.features) && merge == other.merge;
        }
    }

    /** The data sets, read once. */
    private record Data(List<LabeledDocument> ecbTrain, List<LabeledDocument> ecbTest, List<LabeledDocument> neusTrain,
                        List<LabeledDocument> neusVal, List<LabeledDocument> neusTest, List<LabeledDocument> t17,
                        List<SemEvalPairs.Pair> pairs, List<LabeledDocument> stream) {
    }

    private record Row(Variant variant, ClusteringSettings settings, ClusterMetrics.Scores ecbEvents,
                       ClusterMetrics.Scores ecbStories, ClusterMetrics.Scores ecbTopics,
                       ClusterMetrics.Scores neusTrainEvents, ClusterMetrics.Scores neusValEvents,
                       ClusterMetrics.Scores neusEvents, ClusterMetrics.Scores neusStories, ClusterMetrics.Scores t17Stories,
                       double pearson, double accuracy, ClusterMetrics.Scores streamEvents) {
    }

    private record Speed(int documents, double seconds, long peakHeapBytes, int events, int stories,
                         ClusterMetrics.Scores events_) {
    }

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        for (String set : List.of("ecbplus", "neus", "t17", "semeval2022-task8")) {
            if (!Files.isDirectory(shared.resolve(set))) {
                System.err.println(shared.resolve(set) + ": no such data set directory");
                return 1;
            }
        }
        List<LabeledDocument> ecb = EcbPlus.read(shared.resolve("ecbplus/ECB+.zip"));
        List<LabeledDocument> ecbTrain = new ArrayList<>();
        List<LabeledDocument> ecbTest = new ArrayList<>();
        for (LabeledDocument document : ecb) {
            (EcbPlus.topic(document) <= LAST_TRAIN_TOPIC ? ecbTrain : ecbTest).add(document);
        }
        Path semeval = shared.resolve("semeval2022-task8");
        List<LabeledDocument> streamSources = new ArrayList<>(ecb);
        List<LabeledDocument> neusTest = shuffled(Neus.read(shared.resolve("neus/test.source")));
        streamSources.addAll(neusTest);
        Data sets = new Data(shuffled(ecbTrain), shuffled(ecbTest),
                shuffled(Neus.read(shared.resolve("neus/train.source"), "neus-train-")),
                shuffled(Neus.read(shared.resolve("neus/val.source"), "neus-val-")), neusTest,
                Timeline17.articles(shared.resolve("t17")),
                SemEvalPairs.readEnglish(semeval.resolve("training_set.csv.gz"), semeval.resolve("testing_set.csv.gz")),
                new DatedStream(streamSources, seed).generate(STREAM_FOR_QUALITY));

        Map<String, float[]> embeddings = new HashMap<>();
        if (!noEmbeddings) {
            embed(embeddings, sets);
        }
        List<Row> rows = new ArrayList<>();
        for (Variant variant : variants()) {
            if (variant.embeddings() && noEmbeddings || noAblation && !rows.isEmpty() && !variant.embeddings()) {
                continue;
            }
            ClusteringSettings events = rows.isEmpty() || !variant.sameEventModel(rows.get(0).variant())
                    ? learnEvents(variant, sets, variant.embeddings() ? embeddings : Map.of())
                    : rows.get(0).settings();
            rows.add(evaluate(variant, events, sets, variant.embeddings() ? embeddings : Map.of()));
        }
        Baseline baseline = baseline(sets);
        List<TimelineEvaluation.Result> timelines = noTimelines ? List.of()
                : TimelineEvaluation.run(shared.resolve("t17"), rows.get(0).settings());
        List<Speed> speeds = new ArrayList<>();
        for (int size : sizes) {
            if (size > 0) {
                speeds.add(speed(streamSources, size, rows.get(0).settings()));
            }
        }
        if (json) {
            printJson(rows.get(0), baseline, timelines, speeds);
        } else {
            printTables(rows, baseline, timelines, speeds);
        }
        if (fit) {
            printSettings(rows.get(0).settings());
        }
        return 0;
    }

    private List<LabeledDocument> shuffled(List<LabeledDocument> documents) {
        List<LabeledDocument> copy = new ArrayList<>(documents);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static List<Variant> variants() {
        double[] story = ClusteringSettings.storyWeights();
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("full (no embeddings)", mask(), true, true, story));
        variants.add(new Variant("- title", mask("title"), true, true, story));
        variants.add(new Variant("- lead", mask("lead"), true, true, story));
        variants.add(new Variant("- body", mask("body", "text"), true, true, story));
        variants.add(new Variant("- names (entities)", mask("names"), true, true, story));
        variants.add(new Variant("- back-reference", mask("backref"), true, true, story));
        variants.add(new Variant("- time decay", mask(), true, false, story));
        variants.add(new Variant("- merge step", mask(), false, true, story));
        variants.add(new Variant("- story cast", mask(), true, true, new double[]{10, 0, 0, 0}));
        variants.add(new Variant("- story subject", mask(), true, true, new double[]{0, 10, 0, 0}));
        boolean[] withEmbeddings = mask();
        withEmbeddings[LinkModel.featureNames().indexOf("embedding")] = true;
        variants.add(new Variant("+ embeddings", withEmbeddings, true, true, new double[]{5, 5, 0, 5}));
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

    /**
     * The event model learned on ECB+ topics 1-35 and NeuS train, its thresholds chosen on ECB+ topics 1-35 and
     * NeuS val: one happening per ECB+ sub-topic and per NeuS line. The two sources weigh alike: the model learns from
     * as many NeuS documents (the first lines of train) as ECB+ ones, since NeuS train alone has ten times as many
     * and would teach the model the grain of three-outlet roundups only.
     */
    private static ClusteringSettings learnEvents(Variant variant, Data sets, Map<String, float[]> embeddings) {
        List<LabeledDocument> learning = new ArrayList<>(sets.ecbTrain());
        int lines = sets.ecbTrain().size() / Neus.ARTICLES_PER_LINE;
        for (LabeledDocument document : sets.neusTrain()) {
            if (Neus.line(document) <= lines) {
                learning.add(document);
            }
        }
        Collections.shuffle(learning, new Random(learning.size()));
        List<LabeledDocument> tuning = new ArrayList<>(sets.ecbTrain());
        tuning.addAll(sets.neusVal());
        Collections.shuffle(tuning, new Random(tuning.size()));
        Map<String, String> tuningGold = gold(tuning, true);
        Map<String, String> gold = gold(learning, true);
        gold.putAll(tuningGold);
        return ClusteringTrainer.fit(inputs(learning, embeddings), inputs(tuning, embeddings), gold,
                variant.features(), variant.merge(), variant.time(),
                clustering -> ClusterMetrics.score(eventLabels(clustering), tuningGold).bcubedF1());
    }

    private Row evaluate(Variant variant, ClusteringSettings events, Data sets, Map<String, float[]> embeddings) {
        ClusteringSettings learned = ClusteringTrainer.calibrateStories(events, variant.storyWeights(),
                inputs(sets.ecbTrain(), embeddings), gold(sets.ecbTrain(), false));
        ClusteringSettings settings = new ClusteringSettings(learned.eventModel(), learned.joinThreshold(), learned.merge(),
                learned.mergeThreshold(), learned.storyModel(), learned.storyThreshold(), learned.undatedStoryThreshold(),
                variant.time());
        Clustering ecb = OnlineEventClusterer.cluster(inputs(sets.ecbTest(), embeddings), Map.of(), settings);
        Clustering neusTrain = OnlineEventClusterer.cluster(inputs(sets.neusTrain(), embeddings), Map.of(), settings);
        Clustering neusVal = OnlineEventClusterer.cluster(inputs(sets.neusVal(), embeddings), Map.of(), settings);
        Clustering neus = OnlineEventClusterer.cluster(inputs(sets.neusTest(), embeddings), Map.of(), settings);
        Clustering t17 = OnlineEventClusterer.cluster(inputs(sets.t17(), embeddings), Map.of(), settings);
        List<ClusterInput> sides = new ArrayList<>();
        for (SemEvalPairs.Pair pair : sets.pairs()) {
            sides.add(input(pair.first(), embeddings));
            sides.add(input(pair.second(), embeddings));
        }
        PairSimilarity similarity = new PairSimilarity(sides, settings);
        double[] scores = new double[sets.pairs().size()];
        double[] gold = new double[sets.pairs().size()];
        int correct = 0;
        for (int i = 0; i < sets.pairs().size(); i++) {
            scores[i] = similarity.probability(2 * i, 2 * i + 1);
            gold[i] = 5 - sets.pairs().get(i).overall();
            if ((scores[i] >= settings.joinThreshold()) == (sets.pairs().get(i).overall() <= 2)) {
                correct++;
            }
        }
        Clustering stream = OnlineEventClusterer.cluster(inputs(sets.stream(), Map.of()), Map.of(), settings);
        return new Row(variant, settings,
                ClusterMetrics.score(eventLabels(ecb), gold(sets.ecbTest(), true)),
                ClusterMetrics.score(storyLabels(ecb), gold(sets.ecbTest(), true)),
                ClusterMetrics.score(storyLabels(ecb), gold(sets.ecbTest(), false)),
                ClusterMetrics.score(eventLabels(neusTrain), gold(sets.neusTrain(), true)),
                ClusterMetrics.score(eventLabels(neusVal), gold(sets.neusVal(), true)),
                ClusterMetrics.score(eventLabels(neus), gold(sets.neusTest(), true)),
                ClusterMetrics.score(storyLabels(neus), gold(sets.neusTest(), false)),
                ClusterMetrics.score(storyLabels(t17), gold(sets.t17(), false)),
                Correlation.pearson(scores, gold), (double) correct / sets.pairs().size(),
                ClusterMetrics.score(eventLabels(stream), gold(sets.stream(), true)));
    }

    private record Baseline(double eventThreshold, double storyThreshold, ClusterMetrics.Scores ecbEvents,
                            ClusterMetrics.Scores ecbTopics, ClusterMetrics.Scores neusEvents,
                            double neusOracleThreshold, ClusterMetrics.Scores neusOracle, ClusterMetrics.Scores t17Stories,
                            double t17OracleThreshold, ClusterMetrics.Scores t17Oracle, double pearson, double accuracy) {
    }

    /**
     * TF-IDF cosine with average linkage, cut at the thresholds that score best on ECB+ topics 1-35 (for events and
     * for topics), and at the best threshold of NeuS test and of Timeline17 themselves (an oracle, for reference).
     */
    private static Baseline baseline(Data sets) {
        AverageLinkBaseline trainTree = new AverageLinkBaseline(sets.ecbTrain());
        double eventThreshold = bestCut(trainTree, gold(sets.ecbTrain(), true));
        double storyThreshold = bestCut(trainTree, gold(sets.ecbTrain(), false));
        AverageLinkBaseline testTree = new AverageLinkBaseline(sets.ecbTest());
        AverageLinkBaseline neusTree = new AverageLinkBaseline(sets.neusTest());
        double neusOracle = bestCut(neusTree, gold(sets.neusTest(), true));
        AverageLinkBaseline t17Tree = new AverageLinkBaseline(sets.t17());
        double t17Oracle = bestCut(t17Tree, gold(sets.t17(), false));
        List<LabeledDocument> firsts = new ArrayList<>();
        List<LabeledDocument> seconds = new ArrayList<>();
        for (SemEvalPairs.Pair pair : sets.pairs()) {
            firsts.add(pair.first());
            seconds.add(pair.second());
        }
        double[] cosines = AverageLinkBaseline.pairCosines(firsts, seconds);
        double[] gold = new double[sets.pairs().size()];
        int correct = 0;
        for (int i = 0; i < sets.pairs().size(); i++) {
            gold[i] = 5 - sets.pairs().get(i).overall();
            if ((cosines[i] >= eventThreshold) == (sets.pairs().get(i).overall() <= 2)) {
                correct++;
            }
        }
        return new Baseline(eventThreshold, storyThreshold,
                ClusterMetrics.score(testTree.cut(eventThreshold), gold(sets.ecbTest(), true)),
                ClusterMetrics.score(testTree.cut(storyThreshold), gold(sets.ecbTest(), false)),
                ClusterMetrics.score(neusTree.cut(eventThreshold), gold(sets.neusTest(), true)),
                neusOracle, ClusterMetrics.score(neusTree.cut(neusOracle), gold(sets.neusTest(), true)),
                ClusterMetrics.score(t17Tree.cut(storyThreshold), gold(sets.t17(), false)),
                t17Oracle, ClusterMetrics.score(t17Tree.cut(t17Oracle), gold(sets.t17(), false)),
                Correlation.pearson(cosines, gold), (double) correct / sets.pairs().size());
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
        HeapPools.resetPeaks();
        long start = System.nanoTime();
        OnlineEventClusterer clusterer = new OnlineEventClusterer(settings);
        for (ClusterInput input : inputs) {
            clusterer.add(input, null);
        }
        Clustering clustering = clusterer.result();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Speed(size, seconds, HeapPools.peak(), clustering.events().size(), clustering.stories().size(),
                ClusterMetrics.score(eventLabels(clustering), gold(stream, true)));
    }



    private static void embed(Map<String, float[]> embeddings, Data sets) {
        List<LabeledDocument> all = new ArrayList<>(sets.ecbTrain());
        all.addAll(sets.ecbTest());
        all.addAll(sets.neusTrain());
        all.addAll(sets.neusVal());
        all.addAll(sets.neusTest());
        all.addAll(sets.t17());
        for (SemEvalPairs.Pair pair : sets.pairs()) {
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

    private static void printTables(List<Row> rows, Baseline baseline, List<TimelineEvaluation.Result> timelines, List<Speed> speeds) {
        System.out.println("Clustering quality, BCubed F1 unless noted. Learned on ECB+ 1-35 and NeuS train, thresholds on ECB+ 1-35 "
                + "and NeuS val, story cuts on ECB+ 1-35; every column below is held out (Timeline17 is never learned on).");
        System.out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s %8s %9s %8s%n", "system", "ECB+ ev", "ECB+ st",
                "NeuS ev", "NeuS st", "T17 st", "SemEv r", "SemEv acc", "stream ev");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-22s %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %9.3f %8.3f%n", row.variant().name(),
                    row.ecbEvents().bcubedF1(), row.ecbStories().bcubedF1(), row.neusEvents().bcubedF1(),
                    row.neusStories().bcubedF1(), row.t17Stories().bcubedF1(), row.pearson(), row.accuracy(),
                    row.streamEvents().bcubedF1());
        }
        System.out.printf(Locale.ROOT, "%-22s %8.3f %8s %8.3f %8s %8.3f %8.3f %9.3f %8s%n", "TF-IDF average link",
                baseline.ecbEvents().bcubedF1(), "-", baseline.neusEvents().bcubedF1(), "-",
                baseline.t17Stories().bcubedF1(), baseline.pearson(), baseline.accuracy(), "-");
        System.out.printf(Locale.ROOT, "  (ECB+ st and NeuS st: stories against the sub-topics and lines, one situation each; "
                + "baseline cut at ECB+ 1-35's best: events %.2f, topics %.2f)%n", baseline.eventThreshold(), baseline.storyThreshold());
        System.out.printf(Locale.ROOT, "  baseline at the best cut of the test set itself (oracle): NeuS events %.3f at %.2f, T17 stories %.3f at %.2f%n",
                baseline.neusOracle().bcubedF1(), baseline.neusOracleThreshold(), baseline.t17Oracle().bcubedF1(), baseline.t17OracleThreshold());
        System.out.println();
        Row full = rows.get(0);
        System.out.println("Full model, all metrics");
        System.out.printf(Locale.ROOT, "%-16s %7s %7s %7s %7s %7s %7s %6s %6s%n", "set", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1", "pred", "gold");
        printScores("ECB+ events", full.ecbEvents());
        printScores("ECB+ stories", full.ecbStories());
        printScores("ECB+ topics*", full.ecbTopics());
        printScores("NeuS train ev", full.neusTrainEvents());
        printScores("NeuS val ev", full.neusValEvents());
        printScores("NeuS test ev", full.neusEvents());
        printScores("NeuS test st", full.neusStories());
        printScores("T17 stories", full.t17Stories());
        printScores("stream events", full.streamEvents());
        printScores("base ECB+ ev", baseline.ecbEvents());
        printScores("base ECB+ top*", baseline.ecbTopics());
        printScores("base NeuS ev", baseline.neusEvents());
        printScores("base T17 st", baseline.t17Stories());
        System.out.println("  * ECB+ topics are event types (two earthquakes form one topic): a side figure, not a story target.");
        if (!timelines.isEmpty()) {
            printTimelines(timelines);
        }
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

    private static void printTimelines(List<TimelineEvaluation.Result> timelines) {
        System.out.println();
        System.out.println("Timeline17 timelines (TLS protocol: articles within the gold span, as many dates as the gold; ROUGE by the bench's own tokenizer)");
        System.out.printf(Locale.ROOT, "%-42s %6s %6s %7s %7s %7s %7s%n", "gold timeline", "docs", "dates", "date F1", "±1 day", "AR1 F", "AR2 F");
        List<TimelineScores.Detail> details = new ArrayList<>();
        for (TimelineEvaluation.Result result : timelines) {
            TimelineScores.Scores f1 = result.detail().f1();
            details.add(result.detail());
            System.out.printf(Locale.ROOT, "%-42s %6d %6d %7.3f %7.3f %7.3f %7.3f%n", result.gold().topic() + "/" + result.gold().name(),
                    result.articles(), result.gold().entries().size(), f1.dateF1(), f1.dateF1WithinDay(), f1.alignedRouge1(), f1.alignedRouge2());
        }
        TimelineScores.Scores mean = TimelineScores.meanOfParts(details);
        System.out.printf(Locale.ROOT, "%-42s %6s %6s %7.3f %7.3f %7.3f %7.3f%n", "Storyline, mean (P and R averaged, then F1)", "", "",
                mean.dateF1(), mean.dateF1WithinDay(), mean.alignedRouge1(), mean.alignedRouge2());
        System.out.printf(Locale.ROOT, "%-42s %6s %6s %7s %7s %7s %7s%n", "  concat / agreement ROUGE-1, ROUGE-2", "", "",
                String.format(Locale.ROOT, "%.3f", mean.concatRouge1()), String.format(Locale.ROOT, "%.3f", mean.concatRouge2()),
                String.format(Locale.ROOT, "%.3f", mean.agreementRouge1()), String.format(Locale.ROOT, "%.3f", mean.agreementRouge2()));
        for (TimelinePeers.Peer peer : TimelinePeers.all()) {
            System.out.printf(Locale.ROOT, "%-42s %6s %6s %7.3f %7s %7.3f %7.3f   %s%n", peer.system() + " (published, all 9 topics)", "", "",
                    peer.dateF1(), "-", peer.alignedRouge1(), peer.alignedRouge2(), peer.source());
        }
    }

    private static void printScores(String name, ClusterMetrics.Scores s) {
        System.out.printf(Locale.ROOT, "%-14s %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f %6d %6d%n", name, s.pairwisePrecision(), s.pairwiseRecall(),
                s.pairwiseF1(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.predictedClusters(), s.goldClusters());
    }

    private static void printJson(Row full, Baseline baseline, List<TimelineEvaluation.Result> timelines, List<Speed> speeds) {
        StringBuilder line = new StringBuilder("{");
        line.append(String.format(Locale.ROOT, "\"ecb_event_bcubed_f1\":%.4f,\"ecb_story_bcubed_f1\":%.4f,\"neus_event_bcubed_f1\":%.4f,"
                        + "\"neus_story_bcubed_f1\":%.4f,\"t17_story_bcubed_f1\":%.4f,\"t17_stories\":%d,"
                        + "\"semeval_pearson\":%.4f,\"semeval_accuracy\":%.4f,\"baseline_ecb_event_bcubed_f1\":%.4f,"
                        + "\"baseline_neus_event_bcubed_f1\":%.4f,\"baseline_t17_story_bcubed_f1\":%.4f,\"baseline_semeval_pearson\":%.4f",
                full.ecbEvents().bcubedF1(), full.ecbStories().bcubedF1(), full.neusEvents().bcubedF1(),
                full.neusStories().bcubedF1(), full.t17Stories().bcubedF1(), full.t17Stories().predictedClusters(),
                full.pearson(), full.accuracy(), baseline.ecbEvents().bcubedF1(), baseline.neusEvents().bcubedF1(),
                baseline.t17Stories().bcubedF1(), baseline.pearson()));
        if (!timelines.isEmpty()) {
            List<TimelineScores.Detail> details = timelines.stream().map(TimelineEvaluation.Result::detail).toList();
            TimelineScores.Scores mean = TimelineScores.meanOfParts(details);
            line.append(String.format(Locale.ROOT, ",\"t17_timeline_date_f1\":%.4f,\"t17_timeline_ar1_f1\":%.4f,\"t17_timeline_ar2_f1\":%.4f",
                    mean.dateF1(), mean.alignedRouge1(), mean.alignedRouge2()));
        }
        for (Speed speed : speeds) {
            line.append(String.format(Locale.ROOT, ",\"docs_per_second_%d\":%.0f,\"peak_heap_mb_%d\":%.0f", speed.documents(),
                    speed.documents() / speed.seconds(), speed.documents(), speed.peakHeapBytes() / 1e6));
        }
        System.out.println(line.append('}'));
    }

    private static void printSettings(ClusteringSettings s) {
        System.out.println("new ClusteringSettings(");
        System.out.println("        " + model(s.eventModel()) + ", " + s.joinThreshold() + ", " + s.merge() + ", " + s.mergeThreshold() + ",");
        System.out.println("        " + model(s.storyModel()) + ", " + s.storyThreshold() + ", "
                + String.format(Locale.ROOT, "%.4f", s.undatedStoryThreshold()) + ", " + s.timeDecay() + ");");
    }


    private static String model(LinkModel model) {
        StringBuilder weights = new StringBuilder();
        for (double weight : model.weights()) {
            weights.append(weights.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", weight));
        }
        return String.format(Locale.ROOT, "new LinkModel(%.4f, new double[]{%s})", model.bias(), weights);
    }
}
