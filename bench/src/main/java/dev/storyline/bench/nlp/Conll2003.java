package dev.storyline.bench.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CoNLL-2003 English NER file ({@code eng.testb}): documents separated by {@code -DOCSTART-} lines,
 * sentences by blank lines, one {@code token POS chunk NER} line per token, NER tags in IOB1.
 */
final class Conll2003 {

    /** A gold entity: its token span in its sentence and its type (PER, ORG, LOC or MISC). */
    record Span(int sentence, int start, int end, String type) {
    }

    /** A document: its sentences as tokens, and its gold entities. */
    record Document(List<List<String>> sentences, List<Span> entities) {
    }

    private Conll2003() {
    }

    static List<Document> read(Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        List<Span> entities = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    entities.addAll(spans(sentences.size(), tags));
                    sentences.add(tokens);
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                if (line.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
                    documents.add(new Document(sentences, entities));
                    sentences = new ArrayList<>();
                    entities = new ArrayList<>();
                }
                continue;
            }
            String[] columns = line.split(" ");
            tokens.add(columns[0]);
            tags.add(columns[columns.length - 1]);
        }
        if (!tokens.isEmpty()) {
            entities.addAll(spans(sentences.size(), tags));
            sentences.add(tokens);
        }
        if (!sentences.isEmpty()) {
            documents.add(new Document(sentences, entities));
        }
        return documents;
    }

    /** Entity spans from IOB1 tags: I-X continues an entity of type X, B-X starts a new one next to it. */
    static List<Span> spans(int sentence, List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String tagType = tag.equals("O") ? null : tag.substring(2);
            boolean continues = tagType != null && tagType.equals(type) && tag.startsWith("I-");
            if (type != null && !continues) {
                spans.add(new Span(sentence, start, i, type));
                type = null;
            }
            if (tagType != null && !continues) {
                start = i;
                type = tagType;
            }
        }
        return spans;
    }
}
