package dev.storyline.nlp;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.quotes.QuoteFinder;
import dev.storyline.util.Deadline;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyzes an article with the OpenNLP English models: sentences per paragraph, tokens, part-of-speech tags; then
 * entities with {@link EntityFinder}, quotes with {@link QuoteFinder}, numbers with {@link QuantityFinder} and dates
 * with {@link DateResolver}. Not thread-safe: use one per thread.
 *
 * <p>Two shortcuts make it about twice as fast as plain {@code TokenizerME} and {@code POSTaggerME}, with the same
 * output (checked against stock OpenNLP on the demo corpus by {@code OpenNlpTextAnalyzerTest}):
 * <ul>
 *   <li>The tokenizer splits each whitespace-separated word on its own, so a word is always split the same way;
 *       the pieces of words already seen are remembered instead of asking the model again, one character
 *       at a time.</li>
 *   <li>Tags are chosen greedily, one token at a time. OpenNLP's beam search (size 3 in the model) returns the
 *       same tags here: the model's feature generator caches features by token position, so every candidate in
 *       the beam sees the previous tags of the best one, and the best one always wins. The beam only
 *       tripled the work.</li>
 * </ul>
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

    /**
     * How many distinct words the tokenizer remembers: more than the 56,000 of PolNeAR's 840 training articles,
     * which take about 9 MB. When full, it forgets them all and starts again.
     */
    private static final int REMEMBERED_WORDS = 100_000;

    private final SentenceDetectorME sentenceDetector = new SentenceDetectorME(OpenNlpModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokenizer());
    private final Map<String, String[]> tokensOfWord = new HashMap<>();
    private final MaxentModel tagModel;
    private final POSContextGenerator tagContext;
    private final SequenceValidator<String> tagValidator;
    private final double[] tagProbabilities;
    private final EntityFinder entityFinder;
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final QuantityFinder quantityFinder = new QuantityFinder();
    private final DateResolver dateResolver = new DateResolver();

    public OpenNlpTextAnalyzer() {
        this(new EntityFinder());
    }

    /** An analyzer whose entities come from {@code entityFinder}: for evaluations that compare sources of names. */
    public OpenNlpTextAnalyzer(EntityFinder entityFinder) {
        this.entityFinder = entityFinder;
        POSModel tagger = OpenNlpModels.tagger();
        tagModel = OpenNlpModels.tagClassifier();
        tagContext = tagger.getFactory().getPOSContextGenerator();
        tagValidator = tagger.getFactory().getSequenceValidator();
        tagProbabilities = new double[tagModel.getNumOutcomes()];
    }

    /** One sentence already split into tokens, tagged: for text that comes tokenized, as evaluation data does. */
    public Sentence tagged(List<String> tokens) {
        String[] tags = tag(tokens.toArray(String[]::new));
        return new Sentence(String.join(" ", tokens), 0, tokens, Arrays.asList(tags));
    }

    @Override
    public AnalyzedDocument analyze(Article article) {
        return analyze(article, Deadline.NONE);
    }

    /** Analyzes as {@link #analyze(Article)} does, checking {@code deadline} at every paragraph and sentence. */
    @Override
    public AnalyzedDocument analyze(Article article, Deadline deadline) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            deadline.check();
            String paragraph = paragraphs.get(p);
            for (Span span : sentenceDetector.sentPosDetect(paragraph)) {
                deadline.check();
                String covered = span.getCoveredText(paragraph).toString();
                String text = covered.strip();
                if (text.isEmpty()) {
                    continue;
                }
                int start = span.getStart() + covered.indexOf(text.charAt(0));
                String[] tokens = tokenize(text);
                String[] tags = tag(tokens);
                sentences.add(new Sentence(text, p, start, Arrays.asList(tokens), Arrays.asList(tags)));
            }
        }
        var entities = entityFinder.find(sentences, deadline);
        var quotes = quoteFinder.find(paragraphs, sentences, entities, deadline);
        var quantities = quantityFinder.find(sentences, deadline);
        var dates = dateResolver.find(sentences, article.published(), deadline);
        return new AnalyzedDocument(article, sentences, entities, quotes, quantities, dates);
    }

    /**
     * The tokens of a sentence, as {@link TokenizerME#tokenize} gives them: it splits at whitespace first and then
     * looks inside each word alone, so the pieces of a word can be remembered.
     */
    private String[] tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        for (Span span : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            String word = text.substring(span.getStart(), span.getEnd());
            String[] pieces = tokensOfWord.get(word);
            if (pieces == null) {
                pieces = tokenizer.tokenize(word);
                if (tokensOfWord.size() >= REMEMBERED_WORDS) {
                    tokensOfWord.clear();
                }
                tokensOfWord.put(word, pieces);
            }
            Collections.addAll(tokens, pieces);
        }
        return tokens.toArray(String[]::new);
    }

    /**
     * One tag per token: at each token, the most probable tag the model allows after the tags chosen so far. The
     * model's tags are Universal Dependencies tags already, which {@code POSTaggerME} passed through unchanged.
     */
    private String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            double[] probabilities = tagModel.eval(tagContext.getContext(i, tokens, tags, null), tagProbabilities);
            int at = i;
            tags[i] = GreedyDecoding.best(tagModel, probabilities, tag -> tagValidator.validSequence(at, tokens, tags, tag), null);
        }
        return tags;
    }
}
