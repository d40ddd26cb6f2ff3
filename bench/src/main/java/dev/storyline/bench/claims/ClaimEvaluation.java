package dev.storyline.bench.claims;

import dev.storyline.bench.SharedData;
import dev.storyline.compare.SentenceClaimAligner;
import dev.storyline.compare.StatementRelation;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench eval claims}: a probe of {@link SentenceClaimAligner#relate} on the ClaimDiff test sets
 * ({@link ClaimDiff}). It asks how well the aligner's {@code contradicts} separates pairs in which claim B weakens
 * claim A from the rest, and how well its {@code overlap} finds pairs in which B strengthens A. It is a probe, not a
 * gate: ClaimDiff's "weakens" is broader than the aligner's contradiction (an opposing view or a doubt weakens a claim
 * without denying it), so low recall is expected.
 *
 * <p>Each claim is analyzed as a one-paragraph article; when the sentence detector splits it, the pieces' tokens are
 * joined into one sentence with the claim's text. Every system is scored in the same run:
 * <ul>
 *   <li>{@code aligner}: for "weakens", the decision is {@code contradicts} and the score is
 *       2 &times; contradicts + overlap, so that every contradicting pair ranks above every other and overlap orders
 *       pairs within each group (a weakening claim is about the same thing, so more shared words should make it likelier);
 *       for "strengthens", the decision is {@code sameClaim} and the score is {@code overlap};</li>
 *   <li>{@code aligner overlap}: overlap alone, to show what the contradiction adds to it;</li>
 *   <li>{@code negation mismatch}: a bag-of-words baseline that says "weakens" when exactly one of the two claims has a
 *       negation word ({@link #NEGATIONS} or a word ending in "n't"); score 2 &times; mismatch + token Jaccard;</li>
 *   <li>{@code token Jaccard}: Jaccard similarity of the two claims' lower-cased word sets, as a score only;</li>
 *   <li>constant baselines that always or never say yes; the majority one is marked.</li>
 * </ul>
 * AUC is {@link RocAuc}; for a yes/no decision it equals (recall + specificity) / 2. Precision is undefined ("-") when
 * a system never says yes.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"How well the claim aligner separates ClaimDiff pairs where claim B weakens claim A from the rest, "
                + "and finds pairs where B strengthens A; beside simple baselines.",
                "ClaimDiff has only its TEST sets here: read the numbers and errors to understand the aligner, "
                        + "never to tune it."})
public final class ClaimEvaluation implements Callable<Integer> {

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nothing", "nobody", "neither", "nor",
            "cannot", "without");

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding claimdiff. "
            + "Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Also print N weakening pairs the "
            + "aligner misses and N pairs it wrongly says contradict. This is the TEST set: do not use them for tuning.")
    int errors;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the tables.")
    boolean json;

    /** Counts of a yes/no decision against the gold labels. */
    record Confusion(int fired, int truePositives, int positives) {

        static Confusion of(boolean[] decisions, boolean[] gold) {
            int fired = 0;
            int truePositives = 0;
            int positives = 0;
            for (int i = 0; i < gold.length; i++) {
                if (decisions[i]) {
                    fired++;
                }
                if (gold[i]) {
                    positives++;
                }
                if (decisions[i] && gold[i]) {
                    truePositives++;
                }
            }
            return new Confusion(fired, truePositives, positives);
        }

        /** NaN when nothing fired. */
        double precision() {
            return fired == 0 ? Double.NaN : (double) truePositives / fired;
        }

        /** NaN when there are no positives. */
        double recall() {
            return positives == 0 ? Double.NaN : (double) truePositives / positives;
        }

        /** 0 when no true positive was found. */
        double f1() {
            return truePositives == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        }
    }

    /**
     * One system on one question: its yes/no decisions (null for a score-only system) and its ranking scores.
     *
     * @param key the name of its fields in the JSON summary
     */
    private record Row(String name, String key, boolean[] decisions, double[] scores) {
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Path directory = SharedData.directory(data).resolve("claimdiff");
        if (!Files.isRegularFile(directory.resolve(ClaimDiff.STRENGTH_FILE))
                || !Files.isRegularFile(directory.resolve(ClaimDiff.WEAK_FILE))) {
            System.err.println(directory + ": " + ClaimDiff.STRENGTH_FILE + " and " + ClaimDiff.WEAK_FILE + " not found");
            return 1;
        }
        List<ClaimDiff.Pair> pairs = ClaimDiff.read(directory);
        if (pairs.isEmpty()) {
            System.err.println(directory + ": no pairs");
            return 1;
        }
        int n = pairs.size();
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
        Map<String, Sentence> analyzed = new HashMap<>();
        StatementRelation[] relations = new StatementRelation[n];
        boolean[] weakens = new boolean[n];
        boolean[] strengthens = new boolean[n];
        boolean[] contradicts = new boolean[n];
        boolean[] sameClaim = new boolean[n];
        boolean[] mismatch = new boolean[n];
        double[] overlap = new double[n];
        double[] alignerScore = new double[n];
        double[] jaccard = new double[n];
        double[] negationScore = new double[n];
        for (int i = 0; i < n; i++) {
            ClaimDiff.Pair pair = pairs.get(i);
            Sentence a = analyzed.computeIfAbsent(pair.claimA(), claim -> sentence(analyzer, claim));
            Sentence b = analyzed.computeIfAbsent(pair.claimB(), claim -> sentence(analyzer, claim));
            StatementRelation relation = SentenceClaimAligner.relate(a, b);
            relations[i] = relation;
            weakens[i] = pair.weakens();
            strengthens[i] = pair.strengthens();
            contradicts[i] = relation.contradicts();
            sameClaim[i] = relation.sameClaim();
            overlap[i] = relation.overlap();
            alignerScore[i] = (relation.contradicts() ? 2 : 0) + relation.overlap();
            jaccard[i] = jaccard(words(pair.claimA()), words(pair.claimB()));
            mismatch[i] = negated(words(pair.claimA())) != negated(words(pair.claimB()));
            negationScore[i] = (mismatch[i] ? 2 : 0) + jaccard[i];
        }
        double[] constant = new double[n];
        boolean[] always = new boolean[n];
        Arrays.fill(always, true);
        boolean[] never = new boolean[n];
        int weakening = count(weakens);
        int strengthening = count(strengthens);

        List<Row> weakenRows = List.of(
                new Row("aligner", "aligner", contradicts, alignerScore),
                new Row("aligner overlap", "overlap", null, overlap),
                new Row("negation mismatch", "negation", mismatch, negationScore),
                new Row("token Jaccard", "jaccard", null, jaccard),
                new Row(weakening * 2 > n ? "always (majority)" : "always", "always", always, constant),
                new Row(weakening * 2 > n ? "never" : "never (majority)", "never", never, constant));
        List<Row> strengthenRows = List.of(
                new Row("aligner", "aligner", sameClaim, overlap),
                new Row("token Jaccard", "jaccard", null, jaccard),
                new Row(strengthening * 2 > n ? "always (majority)" : "always", "always", always, constant),
                new Row(strengthening * 2 > n ? "never" : "never (majority)", "never", never, constant));

        Map<String, int[]> reasons = reasons(relations, weakens, strengthens);
        printErrors(pairs, relations, weakens);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            printJson(pairs, weakenRows, weakens, strengthenRows, strengthens, reasons, seconds);
            return 0;
        }
        Set<String> topics = new HashSet<>();
        for (ClaimDiff.Pair pair : pairs) {
            topics.add(pair.topic());
        }
        System.out.printf(Locale.ROOT, "ClaimDiff test: %d pairs from %d topics; %d weaken, %d strengthen, %d neither, %d both%n",
                n, topics.size(), weakening, strengthening, neither(weakens, strengthens), both(weakens, strengthens));
        int[] directions = directions(pairs);
        System.out.printf(Locale.ROOT, "%d pairs are also given in the reverse direction; for %d of them the weaken label "
                + "differs by direction, which no symmetric relation can get right both ways%n", directions[0], directions[1]);
        System.out.println();
        printTable("weakens vs rest", weakenRows, weakens);
        System.out.println("aligner: decision contradicts; score 2*contradicts + overlap (contradicting pairs first, then by overlap)");
        System.out.println("negation mismatch: exactly one claim has a negation word; score 2*mismatch + token Jaccard");
        System.out.println();
        printTable("strengthens vs rest", strengthenRows, strengthens);
        System.out.println("aligner: decision sameClaim; score overlap (Dice of content-word stems)");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %6s %7s %11s %10s%n", "contradicts by reason", "fired", "weaken", "strengthen", "precision");
        for (Map.Entry<String, int[]> entry : reasons.entrySet()) {
            int[] c = entry.getValue();
            System.out.printf(Locale.ROOT, "%-22s %6d %7d %11d %10s%n", entry.getKey(), c[0], c[1], c[2],
                    format(c[0] == 0 ? Double.NaN : (double) c[1] / c[0]));
        }
        System.out.printf(Locale.ROOT, "(precision: share of the pairs it fired on that weaken) %.1f s%n", seconds);
        return 0;
    }

    /** A claim as one sentence: its text, with the tokens and tags of every sentence the analyzer finds in it. */
    static Sentence sentence(OpenNlpTextAnalyzer analyzer, String claim) {
        AnalyzedDocument document = analyzer.analyze(new Article("claim", null, null, null, null, null, null,
                List.of(claim), List.of()));
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            tokens.addAll(sentence.tokens());
            tags.addAll(sentence.tags());
        }
        return new Sentence(claim.strip(), 0, tokens, tags);
    }

    /** The lower-cased words of a text, apostrophes kept so that "didn't" stays one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether any of the words is a negation: one of {@link #NEGATIONS} or a contraction ending in "n't". */
    static boolean negated(List<String> words) {
        for (String word : words) {
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** Shared distinct words over all distinct words; 0 when both are empty. */
    static double jaccard(List<String> a, List<String> b) {
        Set<String> first = new HashSet<>(a);
        Set<String> second = new HashSet<>(b);
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        if (union.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : first) {
            if (second.contains(word)) {
                shared++;
            }
        }
        return (double) shared / union.size();
    }

    /**
     * For each contradiction reason (denial, negation and different number first, shown even when they never fire): how many
     * pairs it fired on, how many of those weaken and how many strengthen. A reason with details after a colon counts
     * under the part before it.
     */
    private static Map<String, int[]> reasons(StatementRelation[] relations, boolean[] weakens, boolean[] strengthens) {
        Map<String, int[]> reasons = new LinkedHashMap<>();
        reasons.put("denial", new int[3]);
        reasons.put("negation", new int[3]);
        reasons.put("different number", new int[3]);
        for (int i = 0; i < relations.length; i++) {
            if (!relations[i].contradicts()) {
                continue;
            }
            String reason = relations[i].reason() == null ? "(none)" : relations[i].reason();
            int colon = reason.indexOf(':');
            if (colon >= 0) {
                reason = reason.substring(0, colon);
            }
            int[] counts = reasons.computeIfAbsent(reason, key -> new int[3]);
            counts[0]++;
            if (weakens[i]) {
                counts[1]++;
            }
            if (strengthens[i]) {
                counts[2]++;
            }
        }
        return reasons;
    }

    /** How many pairs have their reverse in the data too, and for how many of those the two directions' weaken labels differ. */
    private static int[] directions(List<ClaimDiff.Pair> pairs) {
        Map<String, ClaimDiff.Pair> byId = new HashMap<>();
        for (ClaimDiff.Pair pair : pairs) {
            byId.put(pair.pairId(), pair);
        }
        int reversible = 0;
        int differing = 0;
        for (ClaimDiff.Pair pair : pairs) {
            ClaimDiff.Pair reverse = byId.get(pair.pairId() + ClaimDiff.REVERSED);
            if (reverse == null) {
                continue;
            }
            reversible++;
            if (reverse.weakens() != pair.weakens()) {
                differing++;
            }
        }
        return new int[] {reversible, differing};
    }

    private void printErrors(List<ClaimDiff.Pair> pairs, StatementRelation[] relations, boolean[] weakens) {
        int missed = 0;
        for (int i = 0; i < pairs.size() && missed < errors; i++) {
            if (weakens[i] && !relations[i].contradicts()) {
                missed++;
                printPair("missed weakening", pairs.get(i), relations[i]);
            }
        }
        int wrong = 0;
        for (int i = 0; i < pairs.size() && wrong < errors; i++) {
            if (!weakens[i] && relations[i].contradicts()) {
                wrong++;
                printPair("false contradiction", pairs.get(i), relations[i]);
            }
        }
    }

    private static void printPair(String kind, ClaimDiff.Pair pair, StatementRelation relation) {
        System.out.printf(Locale.ROOT, "%s: %s, overlap %.2f%s%s%n", kind, pair.pairId(), relation.overlap(),
                relation.reason() == null ? "" : ", reason " + relation.reason(), pair.strengthens() ? ", strengthens" : "");
        System.out.println("  A: " + pair.claimA());
        System.out.println("  B: " + pair.claimB());
    }

    private static void printTable(String question, List<Row> rows, boolean[] gold) {
        int positives = count(gold);
        System.out.printf(Locale.ROOT, "%s (%d of %d, %.1f%%)%n", question, positives, gold.length, 100.0 * positives / gold.length);
        System.out.printf(Locale.ROOT, "%-18s %6s %9s %7s %6s %13s %10s%n",
                "system", "fired", "precision", "recall", "F1", "AUC decision", "AUC score");
        for (Row row : rows) {
            double scoreAuc = RocAuc.of(row.scores(), gold);
            if (row.decisions() == null) {
                System.out.printf(Locale.ROOT, "%-18s %6s %9s %7s %6s %13s %10s%n",
                        row.name(), "-", "-", "-", "-", "-", format(scoreAuc));
                continue;
            }
            Confusion c = Confusion.of(row.decisions(), gold);
            System.out.printf(Locale.ROOT, "%-18s %6d %9s %7s %6s %13s %10s%n", row.name(), c.fired(),
                    format(c.precision()), format(c.recall()), format(c.f1()), format(decisionAuc(row, gold)), format(scoreAuc));
        }
    }

    private static void printJson(List<ClaimDiff.Pair> pairs, List<Row> weakenRows, boolean[] weakens,
                                  List<Row> strengthenRows, boolean[] strengthens, Map<String, int[]> reasons, double seconds) {
        StringBuilder line = new StringBuilder("{");
        line.append(String.format(Locale.ROOT, "\"pairs\":%d,\"weaken\":%d,\"strengthen\":%d",
                pairs.size(), count(weakens), count(strengthens)));
        appendRows(line, "weaken", weakenRows, weakens);
        appendRows(line, "strengthen", strengthenRows, strengthens);
        for (Map.Entry<String, int[]> entry : reasons.entrySet()) {
            String key = entry.getKey().replaceAll("[^a-z]+", "_");
            int[] c = entry.getValue();
            line.append(String.format(Locale.ROOT, ",\"reason_%s_fired\":%d,\"reason_%s_precision\":%s",
                    key, c[0], key, number(c[0] == 0 ? Double.NaN : (double) c[1] / c[0])));
        }
        line.append(String.format(Locale.ROOT, ",\"seconds\":%.1f}", seconds));
        System.out.println(line);
    }

    private static void appendRows(StringBuilder line, String question, List<Row> rows, boolean[] gold) {
        for (Row row : rows) {
            String prefix = question + "_" + row.key();
            if (row.decisions() != null) {
                Confusion c = Confusion.of(row.decisions(), gold);
                line.append(String.format(Locale.ROOT, ",\"%s_fired\":%d,\"%s_precision\":%s,\"%s_recall\":%s,\"%s_f1\":%s,"
                                + "\"%s_auc_decision\":%s", prefix, c.fired(), prefix, number(c.precision()), prefix,
                        number(c.recall()), prefix, number(c.f1()), prefix, number(decisionAuc(row, gold))));
            }
            line.append(String.format(Locale.ROOT, ",\"%s_auc_score\":%s", prefix, number(RocAuc.of(row.scores(), gold))));
        }
    }

    private static double decisionAuc(Row row, boolean[] gold) {
        double[] scores = new double[gold.length];
        for (int i = 0; i < gold.length; i++) {
            scores[i] = row.decisions()[i] ? 1 : 0;
        }
        return RocAuc.of(scores, gold);
    }

    private static int count(boolean[] values) {
        int count = 0;
        for (boolean value : values) {
            if (value) {
                count++;
            }
        }
        return count;
    }

    private static int neither(boolean[] a, boolean[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (!a[i] && !b[i]) {
                count++;
            }
        }
        return count;
    }

    private static int both(boolean[] a, boolean[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] && b[i]) {
                count++;
            }
        }
        return count;
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.4f", value);
    }
}
