package dev.storyline.bench.dedup;

import dev.storyline.bench.SharedData;
import dev.storyline.dedup.DedupConfig;
import dev.storyline.dedup.LshIndex;
import dev.storyline.dedup.MinHasher;
import dev.storyline.dedup.Shingler;
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
 * Scores the dedup stage on generated near-duplicates of the aeb and PolNeAR article bodies. Quality is measured on a
 * subset whose every pair has its exact Jaccard similarity and containment computed (the reference); speed and memory
 * on the whole stream, one document at a time on one thread, as the pipeline runs it.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of near-duplicate pairs against exact Jaccard and containment, "
                + "and throughput and memory of the LSH index, on copies generated from aeb and PolNeAR.")
public final class DedupEvaluation implements Callable<Integer> {

    private static final double[] JACCARD_LEVELS = {0.5, 0.8};
    private static final double CONTAINMENT_LEVEL = 0.9;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding aeb and polnear. "
            + "Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "100000",
            description = "Documents to generate for the speed and memory run (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--subset", paramLabel = "N", defaultValue = "5000",
            description = "Documents, all from real article bodies, scored against exact all-pairs similarity "
                    + "(default: ${DEFAULT-VALUE}).")
    int subset;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--curve", description = "Also score other permutation, band and threshold settings on the subset.")
    boolean curve;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the tables.")
    boolean json;

    /** Precision, recall and F1 of one kind of pair. */
    record Score(String measure, int gold, int found, int correct) {
        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The pairs the index found on the subset, with their estimates, the candidates it verified and its size. */
    private record Found(Map<Long, double[]> estimates, long candidates, double bytesPerDocument) {
    }

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        Path aeb = shared.resolve("aeb");
        Path polnear = shared.resolve("polnear");
        for (Path directory : List.of(aeb, polnear)) {
            if (!Files.isDirectory(directory)) {
                System.err.println(directory + ": no such data set directory");
                return 1;
            }
        }
        List<List<String>> bodies = BaseTexts.read(aeb, polnear);
        List<NearDuplicateGenerator.Generated> stream = new NearDuplicateGenerator(bodies, seed).generate(documents);
        Collections.shuffle(stream, new Random(seed));
        List<String> subsetTexts = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (NearDuplicateGenerator.Generated document : stream) {
            if (document.group() < bodies.size() && subsetTexts.size() < subset) {
                subsetTexts.add(document.text());
                groups.add(document.group());
            }
        }
        DedupConfig config = DedupConfig.DEFAULTS;
        List<long[]> shingleSets = shingle(subsetTexts, config);
        long start = System.nanoTime();
        List<ExactSimilarity.Pair> exact = ExactSimilarity.pairs(shingleSets, 0.3);
        double exactSeconds = seconds(start);
        Found found = find(shingleSets, config);
        List<Score> scores = scores(exact, found, config, 0);
        scores.add(sameOriginal(groups, found, config.jaccard(), config.containment()));
        double[] error = estimateError(exact, found);

        if (curve && !json) {
            printCurve(shingleSets, exact, groups, config, found);
        }
        Throughput speed = Throughput.measure(stream, config);
        if (json) {
            printJson(bodies.size(), stream.size(), subsetTexts.size(), exact, scores, speed, config);
        } else {
            printReport(bodies.size(), stream.size(), subsetTexts.size(), exact, exactSeconds, found, scores, error,
                    speed, config);
        }
        return 0;
    }

    private static List<long[]> shingle(List<String> texts, DedupConfig config) {
        Shingler shingler = new Shingler(config.shingleWords());
        List<long[]> sets = new ArrayList<>();
        for (String text : texts) {
            sets.add(shingler.shingles(text));
        }
        return sets;
    }

    /** Runs the index over the subset with every candidate kept, so that each measure can apply its own threshold. */
    private static Found find(List<long[]> shingleSets, DedupConfig config) {
        DedupConfig keepAll = config.withThresholds(0, 0);
        MinHasher hasher = new MinHasher(config.permutations(), config.seed());
        LshIndex index = new LshIndex(keepAll);
        Map<Long, double[]> estimates = new HashMap<>();
        long candidates = 0;
        for (long[] shingles : shingleSets) {
            int[] signature = hasher.signature(shingles);
            int document = index.size();
            for (LshIndex.Match match : index.addAndMatch(shingles.length, signature)) {
                estimates.put(key(match.document(), document), new double[] {match.jaccard(), match.containment()});
                candidates++;
            }
        }
        return new Found(estimates, candidates, (double) index.bytesUsed() / Math.max(1, index.size()));
    }

    /**
     * Scores for Jaccard at 0.5 and 0.8, containment at 0.9, and the copy decision the pipeline makes (Jaccard or
     * containment over the configured thresholds); {@code offset} shifts every estimate threshold for the curve.
     */
    private static List<Score> scores(List<ExactSimilarity.Pair> exact, Found found, DedupConfig config, double offset) {
        List<Score> scores = new ArrayList<>();
        for (double level : JACCARD_LEVELS) {
            scores.add(score("Jaccard >= " + level, exact, found,
                    pair -> pair.jaccard() >= level, estimate -> estimate[0] >= level + offset));
        }
        scores.add(score("containment >= " + CONTAINMENT_LEVEL, exact, found,
                pair -> pair.containment() >= CONTAINMENT_LEVEL, estimate -> estimate[1] >= CONTAINMENT_LEVEL + offset));
        scores.add(score("copy (J >= " + config.jaccard() + " or C >= " + config.containment() + ")", exact, found,
                pair -> pair.jaccard() >= config.jaccard() || pair.containment() >= config.containment(),
                estimate -> estimate[0] >= config.jaccard() + offset || estimate[1] >= config.containment() + offset));
        return scores;
    }

    private static Score score(String measure, List<ExactSimilarity.Pair> exact, Found found,
                               java.util.function.Predicate<ExactSimilarity.Pair> isGold,
                               java.util.function.Predicate<double[]> isFound) {
        Map<Long, Boolean> gold = new HashMap<>();
        for (ExactSimilarity.Pair pair : exact) {
            if (isGold.test(pair)) {
                gold.put(key(pair.earlier(), pair.later()), Boolean.TRUE);
            }
        }
        int foundCount = 0;
        int correct = 0;
        for (Map.Entry<Long, double[]> entry : found.estimates().entrySet()) {
            if (isFound.test(entry.getValue())) {
                foundCount++;
                if (gold.containsKey(entry.getKey())) {
                    correct++;
                }
            }
        }
        return new Score(measure, gold.size(), foundCount, correct);
    }

    /**
     * The family decision against the generator's labels: every two documents made from the same original are copies
     * a reader wants folded, however heavily edited; documents from different originals are not.
     */
    private static Score sameOriginal(List<Integer> groups, Found found, double jaccard, double containment) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int group : groups) {
            sizes.merge(group, 1, Integer::sum);
        }
        int gold = 0;
        for (int size : sizes.values()) {
            gold += size * (size - 1) / 2;
        }
        int foundCount = 0;
        int correct = 0;
        for (Map.Entry<Long, double[]> entry : found.estimates().entrySet()) {
            double[] estimate = entry.getValue();
            if (estimate[0] >= jaccard || estimate[1] >= containment) {
                foundCount++;
                int earlier = (int) (entry.getKey() >>> 32);
                int later = (int) (long) entry.getKey();
                if (groups.get(earlier).equals(groups.get(later))) {
                    correct++;
                }
            }
        }
        return new Score(String.format(Locale.ROOT, "same original (J >= %.2f or C >= %.2f)", jaccard, containment),
                gold, foundCount, correct);
    }

    /** Mean and standard deviation of estimated minus exact Jaccard over the candidate pairs. */
    private static double[] estimateError(List<ExactSimilarity.Pair> exact, Found found) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (ExactSimilarity.Pair pair : exact) {
            double[] estimate = found.estimates().get(key(pair.earlier(), pair.later()));
            if (estimate != null) {
                double difference = estimate[0] - pair.jaccard();
                sum += difference;
                squares += difference * difference;
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        return new double[] {mean, n == 0 ? 0 : Math.sqrt(squares / n - mean * mean), n};
    }

    private void printCurve(List<long[]> shingleSets, List<ExactSimilarity.Pair> exact, List<Integer> groups,
                            DedupConfig defaults, Found found) {
        System.out.println("LSH settings on the subset (estimate thresholds equal to the measured levels):");
        System.out.println("| permutations | bands x rows | F1 J>=0.5 | F1 J>=0.8 | F1 C>=0.9 | same original P | same original R | candidates/doc | index bytes/doc |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int[][] bandings = {{10, 2}, {16, 2}, {20, 2}, {24, 2}, {32, 2}, {16, 3}, {24, 3}, {32, 3}, {32, 4}};
        for (int permutations : new int[] {64, 128, 256}) {
            for (int[] banding : bandings) {
                if (banding[0] * banding[1] > permutations) {
                    continue;
                }
                DedupConfig config = defaults.withPermutations(permutations).withBands(banding[0], banding[1]);
                Found setting = find(shingleSets, config);
                List<Score> scores = scores(exact, setting, config, 0);
                scores.set(3, sameOriginal(groups, setting, config.jaccard(), config.containment()));
                System.out.printf(Locale.ROOT, "| %d | %d x %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.1f | %.0f |%n",
                        permutations, banding[0], banding[1], scores.get(0).f1(), scores.get(1).f1(), scores.get(2).f1(),
                        scores.get(3).precision(), scores.get(3).recall(), (double) setting.candidates() / shingleSets.size(),
                        setting.bytesPerDocument());
            }
        }
        System.out.println();
        System.out.println("Estimate thresholds shifted from the measured levels, default LSH settings:");
        System.out.println("| shift | P J>=0.5 | R J>=0.5 | P J>=0.8 | R J>=0.8 | P C>=0.9 | R C>=0.9 |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (double shift = -0.10; shift <= 0.1001; shift += 0.025) {
            List<Score> scores = scores(exact, found, defaults, shift);
            System.out.printf(Locale.ROOT, "| %+.3f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n", shift,
                    scores.get(0).precision(), scores.get(0).recall(), scores.get(1).precision(), scores.get(1).recall(),
                    scores.get(2).precision(), scores.get(2).recall());
        }
        System.out.println();
        System.out.println("Family decision thresholds against the generator's labels (same original or not):");
        System.out.println("| copy at J >= | or C >= | precision | recall | F1 |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (double jaccard = 0.3; jaccard <= 0.601; jaccard += 0.05) {
            for (double containment : new double[] {0.7, 0.8, 0.9, 1.01}) {
                Score score = sameOriginal(groups, found, jaccard, containment);
                System.out.printf(Locale.ROOT, "| %.2f | %s | %.4f | %.4f | %.4f |%n", jaccard,
                        containment > 1 ? "never" : String.format(Locale.ROOT, "%.2f", containment),
                        score.precision(), score.recall(), score.f1());
            }
        }
        System.out.println();
    }

    private void printReport(int bodies, int generated, int subsetSize, List<ExactSimilarity.Pair> exact,
                             double exactSeconds, Found found, List<Score> scores, double[] error, Throughput speed,
                             DedupConfig config) {
        System.out.printf(Locale.ROOT, "Near-duplicates generated from %d aeb and PolNeAR bodies: %d documents; "
                + "subset of %d scored against exact all-pairs similarity (%d pairs with J or C >= 0.3, %.1f s).%n",
                bodies, generated, subsetSize, exact.size(), exactSeconds);
        System.out.printf(Locale.ROOT, "Config: %d-word shingles, %d permutations, %d bands x %d rows, copy at J >= %.2f or C >= %.2f.%n%n",
                config.shingleWords(), config.permutations(), config.bands(), config.rows(), config.jaccard(),
                config.containment());
        System.out.println("| pairs | gold | found | precision | recall | F1 |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Score score : scores) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.4f | %.4f | %.4f |%n", score.measure(), score.gold(),
                    score.found(), score.precision(), score.recall(), score.f1());
        }
        System.out.printf(Locale.ROOT, "%nEstimated minus exact Jaccard over %d candidate pairs: mean %+.4f, sd %.4f; "
                + "%.1f candidates verified per document.%n%n", (int) error[2], error[0], error[1],
                (double) found.candidates() / subsetSize);
        speed.print();
    }

    private static void printJson(int bodies, int generated, int subsetSize, List<ExactSimilarity.Pair> exact,
                                  List<Score> scores, Throughput speed, DedupConfig config) {
        StringBuilder line = new StringBuilder("{\"eval\":\"dedup\"");
        line.append(String.format(Locale.ROOT, ",\"bodies\":%d,\"documents\":%d,\"subset\":%d,\"exact_pairs\":%d",
                bodies, generated, subsetSize, exact.size()));
        line.append(String.format(Locale.ROOT, ",\"permutations\":%d,\"bands\":%d,\"rows\":%d",
                config.permutations(), config.bands(), config.rows()));
        String[] names = {"j50", "j80", "c90", "copy", "same_original"};
        for (int i = 0; i < scores.size(); i++) {
            Score score = scores.get(i);
            line.append(String.format(Locale.ROOT, ",\"%s_precision\":%.4f,\"%s_recall\":%.4f,\"%s_f1\":%.4f",
                    names[i], score.precision(), names[i], score.recall(), names[i], score.f1()));
        }
        line.append(speed.json());
        System.out.println(line.append('}'));
    }

    static long key(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
