package dev.storyline.nlp;

import dev.storyline.model.EntityType;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds typed names in the tokens of one sentence with a {@link NameModel}. One tagger per thread; call
 * {@link #startDocument()} between documents, since the model's features remember the names of earlier sentences.
 */
public final class NameTagger {

    /** A name the model found: tokens [start, end) of the sentence, with its type (OTHER for miscellaneous names). */
    public record TypedSpan(int start, int end, EntityType type) {
    }

    private final NameFinderME finder;

    NameTagger(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    /** The names in one sentence, given its tokens and their part-of-speech tags: left to right, not overlapping. */
    public List<TypedSpan> find(List<String> tokens, List<String> tags) {
        Span[] spans = finder.find(tokens.toArray(String[]::new), NameContext.of(tokens, tags));
        List<TypedSpan> names = new ArrayList<>(spans.length);
        for (Span span : spans) {
            names.add(new TypedSpan(span.getStart(), span.getEnd(), typeOf(span.getType())));
        }
        return names;
    }

    /** Forgets what earlier sentences taught the adaptive features: the next sentence opens a new document. */
    public void startDocument() {
        finder.clearAdaptiveData();
    }

    /** Our type for a label of the training data: PER, ORG, LOC, anything else is a name of no type of ours. */
    static EntityType typeOf(String label) {
        if (label == null) {
            return EntityType.OTHER;
        }
        return switch (label) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.OTHER;
        };
    }
}
