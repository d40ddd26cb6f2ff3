package dev.storyline.bench.nlp;

import dev.storyline.model.EntityType;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.EntityFinder;
import dev.storyline.nlp.EntityMention;
import dev.storyline.nlp.OpenNlpTextAnalyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level scores of an {@link EntityFinder} on documents with gold spans, conlleval's way: a prediction counts
 * only with the exact span and type. People, organisations and places are scored; MISC is left out on both sides
 * (gold MISC spans are not scored, names the finder leaves untyped are not predictions). The finder sees the gold
 * tokens with OpenNLP part-of-speech tags, one document at a time.
 */
final class NerScoring {

    static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    /** One entity of one sentence of one document. */
    record Key(int document, int sentence, int start, int end, String type) {
    }

    /** Precision, recall and F1 of one type (or of all), with the gold and predicted counts behind them. */
    record Score(double precision, double recall, double f1, int gold, int predicted) {
    }

    /** The gold and predicted entities of one run, with the words of each for error listings. */
    record Run(Set<Key> gold, Set<Key> predicted, Map<Key, String> text) {

        /** Scores per type (PER, ORG, LOC) and over all three ("all"). */
        Map<String, Score> scores() {
            Map<String, Score> scores = new LinkedHashMap<>();
            for (String type : TYPES) {
                scores.put(type, score(type));
            }
            scores.put("all", score(null));
            return scores;
        }

        private Score score(String type) {
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
            return new Score(precision, recall, f1, goldCount, predictedCount);
        }
    }

    private NerScoring() {
    }

    /** Each document's sentences tagged once, so that several finders can be scored on them. */
    static List<List<Sentence>> tag(List<Conll2003.Document> documents, OpenNlpTextAnalyzer analyzer) {
        List<List<Sentence>> tagged = new ArrayList<>(documents.size());
        for (Conll2003.Document document : documents) {
            List<Sentence> sentences = new ArrayList<>();
            for (List<String> tokens : document.sentences()) {
                sentences.add(analyzer.tagged(tokens));
            }
            tagged.add(sentences);
        }
        return tagged;
    }

    /** Runs {@code finder} on every document and collects its entities and the gold ones. */
    static Run run(List<Conll2003.Document> documents, List<List<Sentence>> tagged, EntityFinder finder) {
        Set<Key> gold = new HashSet<>();
        Set<Key> predicted = new HashSet<>();
        Map<Key, String> text = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            Conll2003.Document document = documents.get(d);
            for (Conll2003.Span span : document.entities()) {
                if (TYPES.contains(span.type())) {
                    Key key = new Key(d, span.sentence(), span.start(), span.end(), span.type());
                    gold.add(key);
                    text.put(key, words(document, key));
                }
            }
            for (EntityMention mention : finder.mentions(tagged.get(d))) {
                String type = conllType(mention.type());
                if (type != null) {
                    Key key = new Key(d, mention.sentence(), mention.start(), mention.end(), type);
                    predicted.add(key);
                    text.put(key, words(document, key));
                }
            }
        }
        return new Run(gold, predicted, text);
    }

    /** A table of scores, one row per type and one for all, after a heading line. */
    static String table(String heading, Map<String, Score> scores) {
        StringBuilder out = new StringBuilder(heading).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%-5s %9s %9s %9s %7s %9s%n", "type", "precision", "recall", "F1", "gold", "predicted"));
        for (Map.Entry<String, Score> entry : scores.entrySet()) {
            Score s = entry.getValue();
            out.append(String.format(Locale.ROOT, "%-5s %9.3f %9.3f %9.3f %7d %9d%n",
                    entry.getKey(), s.precision(), s.recall(), s.f1(), s.gold(), s.predicted()));
        }
        return out.toString();
    }

    private static String words(Conll2003.Document document, Key key) {
        return String.join(" ", document.sentences().get(key.sentence()).subList(key.start(), key.end()));
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
