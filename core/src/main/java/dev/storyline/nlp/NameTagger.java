package dev.storyline.nlp;

import dev.storyline.model.EntityType;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds typed names in the tokens of one sentence with a {@link NameModel}. One tagger per thread; call
 * {@link #startDocument()} between documents, since the model's features remember the names of earlier sentences.
 */
public final class NameTagger {

    /** A name the model found: tokens [start, end) of the sentence, with its type (OTHER for miscellaneous names). */
    public record TypedSpan(int start, int end, EntityType type) {
    }

    /** How many tokens either side the extra context is seen from: {@code NameFinderME}'s window, used in training. */
    private static final int WINDOW = 8;
    /** The part-of-speech tags of a token that may open a name. */
    private static final Set<String> NAME_OPENING_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X");
    /** The entry of a name finder model package that holds its classifier. */
    private static final String CLASSIFIER = "nameFinder.model";

    private final MaxentModel classifier;
    private final NameContextGenerator contextGenerator;
    private final SequenceValidator<String> validator;
    private final SequenceCodec<String> codec;
    private final double[] probabilities;
    /** The {@link NameContext} features, seen in a window around each token, as {@code NameFinderME} adds them. */
    private final AdditionalContextFeatureGenerator additionalContext = new AdditionalContextFeatureGenerator();

    NameTagger(TokenNameFinderModel model) {
        if (!(model.getArtifact(CLASSIFIER) instanceof MaxentModel maxent)) {
            throw new IllegalArgumentException("the name model has no " + CLASSIFIER + " classifier");
        }
        this.classifier = maxent;
        this.contextGenerator = model.getFactory().createContextGenerator();
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.contextGenerator.addFeatureGenerator(new WindowFeatureGenerator(additionalContext, WINDOW, WINDOW));
        this.probabilities = new double[classifier.getNumOutcomes()];
    }

    /**
     * The names in one sentence, given its tokens and their part-of-speech tags: left to right, not overlapping.
     *
     * <p>Decoded greedily, as the model was trained to be ({@code --beam 1}), with one shortcut that gives the
     * analyze stage its speed back: right after a token outside any name, a token that cannot open a name (see
     * {@link #mayOpenName}) is outside one too, without asking the model. News names open with a capitalized noun,
     * proper noun or adjective ("de" and "al-" inside a name follow a name token, so they are still asked), and most
     * tokens are not such words.
     */
    public List<TypedSpan> find(List<String> tokens, List<String> tags) {
        String[] words = tokens.toArray(String[]::new);
        String[][] context = NameContext.of(tokens, tags);
        additionalContext.setCurrentContext(context);
        String[] outcomes = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            boolean afterName = i > 0 && !NameFinderME.OTHER.equals(outcomes[i - 1]);
            if (!afterName && !mayOpenName(words[i], tags.get(i))) {
                outcomes[i] = NameFinderME.OTHER;
                continue;
            }
            outcomes[i] = best(i, words, outcomes, context);
        }
        contextGenerator.updateAdaptiveData(words, outcomes);
        Span[] spans = codec.decode(Arrays.asList(outcomes));
        List<TypedSpan> names = new ArrayList<>(spans.length);
        for (Span span : spans) {
            names.add(new TypedSpan(span.getStart(), span.getEnd(), typeOf(span.getType())));
        }
        return names;
    }

    /**
     * The most probable outcome at token i that may follow the outcomes before it. OpenNLP's validator reads the
     * previous outcome as the last of the array it is given, so it gets the outcomes so far only.
     */
    private String best(int i, String[] words, String[] outcomes, String[][] context) {
        String[] before = Arrays.copyOf(outcomes, i);
        double[] p = classifier.eval(contextGenerator.getContext(i, words, before, context), probabilities);
        return GreedyDecoding.best(classifier, p, outcome -> validator.validSequence(i, words, before, outcome), NameFinderME.OTHER);
    }

    /**
     * Whether a token outside a name may open one: it starts with a capital and the tagger read it as a noun, a proper
     * noun, an adjective or a foreign word, not as a determiner, a pronoun or a verb opening a sentence ("The", "He",
     * "Asked").
     */
    private static boolean mayOpenName(String word, String tag) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && NAME_OPENING_TAGS.contains(tag);
    }

    /** Forgets what earlier sentences taught the adaptive features: the next sentence opens a new document. */
    public void startDocument() {
        contextGenerator.clearAdaptiveData();
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
