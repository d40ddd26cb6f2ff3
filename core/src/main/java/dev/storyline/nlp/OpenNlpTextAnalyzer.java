package dev.storyline.nlp;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Sentence;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Analyzes an article with the OpenNLP English models: sentences per paragraph, tokens, part-of-speech tags; then
 * entities with {@link EntityFinder} and quotes with {@link QuoteFinder}. Not thread-safe: use one per thread.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

    private final SentenceDetectorME sentenceDetector = new SentenceDetectorME(OpenNlpModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokenizer());
    private final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.tagger());
    private final EntityFinder entityFinder = new EntityFinder();
    private final QuoteFinder quoteFinder = new QuoteFinder();

    /** One sentence already split into tokens, tagged: for text that comes tokenized, as evaluation data does. */
    public Sentence tagged(List<String> tokens) {
        String[] tags = tagger.tag(tokens.toArray(String[]::new));
        return new Sentence(String.join(" ", tokens), 0, tokens, Arrays.asList(tags));
    }

    @Override
    public AnalyzedDocument analyze(Article article) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            for (Span span : sentenceDetector.sentPosDetect(paragraph)) {
                String text = span.getCoveredText(paragraph).toString().strip();
                if (text.isEmpty()) {
                    continue;
                }
                String[] tokens = tokenizer.tokenize(text);
                String[] tags = tagger.tag(tokens);
                sentences.add(new Sentence(text, p, Arrays.asList(tokens), Arrays.asList(tags)));
            }
        }
        var entities = entityFinder.find(sentences);
        var quotes = quoteFinder.find(paragraphs, entities);
        return new AnalyzedDocument(article, sentences, entities, quotes);
    }
}
