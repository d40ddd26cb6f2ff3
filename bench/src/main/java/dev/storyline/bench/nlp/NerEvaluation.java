package dev.storyline.bench.nlp;

import dev.storyline.bench.SharedData;
import dev.storyline.model.EntityType;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.EntityFinder;
import dev.storyline.nlp.EntityMention;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench eval ner}: entity-level precision, recall and F1 of the entity finder on the CoNLL-2003
 * English test set, for people, organisations and places, with exact-span matching (conlleval's rule). The gold
 * tokens are kept; the finder sees them with the OpenNLP part-of-speech tags, one document at a time. MISC entities
 * are left out on both sides: gold MISC spans are not scored, and names the finder cannot type are not predictions.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of PER, ORG and LOC entities on CoNLL-2003 English (eng.testb), exact spans.")
public final class NerEvaluation implements Callable<Integer> {

    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding conll2003. "
            + "Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also print the N most frequent missed and spurious entities of each type.")
    int errors;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    private record Key(int document, int sentence, int start, int end, String type) {
    }

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        Path file = shared.resolve("conll2003/eng.testb");
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file");
            return 1;
        }
        List<Conll2003.Document> documents = Conll2003.read(file);
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
        EntityFinder finder = new EntityFinder();
        Set<Key> gold = new HashSet<>();
        Set<Key> predicted = new HashSet<>();
        Map<Key, String> text = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            Conll2003.Document document = documents.get(d);
            List<Sentence> sentences = new ArrayList<>();
            for (List<String> tokens : document.sentences()) {
                sentences.add(analyzer.tagged(tokens));
            }
            for (Conll2003.Span span : document.entities()) {
                if (TYPES.contains(span.type())) {
                    Key key = new Key(d, span.sentence(), span.start(), span.end(), span.type());
                    gold.add(key);
                    text.put(key, String.join(" ", document.sentences().get(span.sentence()).subList(span.start(), span.end())));
                }
            }
            for (EntityMention mention : finder.mentions(sentences)) {
                String type = conllType(mention.type());
                if (type != null) {
                    Key key = new Key(d, mention.sentence(), mention.start(), mention.end(), type);
                    predicted.add(key);
                    text.put(key, String.join(" ", document.sentences().get(mention.sentence()).subList(mention.start(), mention.end())));
                }
            }
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (String type : TYPES) {
            scores.put(type, score(gold, predicted, type));
        }
        scores.put("all", score(gold, predicted, null));
        if (json) {
            StringBuilder line = new StringBuilder("{");
            for (Map.Entry<String, double[]> entry : scores.entrySet()) {
                String name = entry.getKey().toLowerCase(Locale.ROOT);
                double[] s = entry.getValue();
                line.append(line.length() > 1 ? "," : "").append(String.format(Locale.ROOT,
                        "\"%s_precision\":%.4f,\"%s_recall\":%.4f,\"%s_f1\":%.4f", name, s[0], name, s[1], name, s[2]));
            }
            System.out.println(line.append('}'));
            return 0;
        }
        System.out.printf("CoNLL-2003 English test: %d documents, %d gold PER/ORG/LOC entities%n", documents.size(), gold.size());
        System.out.printf(Locale.ROOT, "%-5s %9s %9s %9s %7s %9s%n", "type", "precision", "recall", "F1", "gold", "predicted");
        for (Map.Entry<String, double[]> entry : scores.entrySet()) {
            double[] s = entry.getValue();
            System.out.printf(Locale.ROOT, "%-5s %9.3f %9.3f %9.3f %7d %9d%n", entry.getKey(), s[0], s[1], s[2], (int) s[3], (int) s[4]);
        }
        if (errors > 0) {
            for (String type : TYPES) {
                printErrors("missed " + type, gold, predicted, type, text);
                printErrors("spurious " + type, predicted, gold, type, text);
            }
        }
        return 0;
    }

    /** Precision, recall, F1, gold count and predicted count for one type, or for all when type is null. */
    private static double[] score(Set<Key> gold, Set<Key> predicted, String type) {
        int goldCount = 0;
        int predictedCount = 0;
        int correct = 0;
        for (Key key : gold) {
            if (type == null || key.type().equals(type)) {
                goldCount++;
                if (predicted.contains(key)) {
                    correct++;
                }
            }
        }
        for (Key key : predicted) {
            if (type == null || key.type().equals(type)) {
                predictedCount++;
            }
        }
        double precision = predictedCount == 0 ? 1 : (double) correct / predictedCount;
        double recall = goldCount == 0 ? 1 : (double) correct / goldCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[]{precision, recall, f1, goldCount, predictedCount};
    }

    private void printErrors(String heading, Set<Key> from, Set<Key> against, String type, Map<Key, String> text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Key key : from) {
            if (key.type().equals(type) && !against.contains(key)) {
                counts.merge(text.get(key), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        StringBuilder line = new StringBuilder(heading).append(':');
        for (int i = 0; i < Math.min(errors, ranked.size()); i++) {
            line.append(' ').append(ranked.get(i).getKey()).append(" (").append(ranked.get(i).getValue()).append(')');
        }
        System.out.println(line);
    }

    private static String conllType(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case OTHER -> null;
        };
    }
}
