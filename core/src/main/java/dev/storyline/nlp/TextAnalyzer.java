package dev.storyline.nlp;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.util.Deadline;

/** The analyze stage: sentences, tokens, part-of-speech tags, entities and quotes of an article. */
public interface TextAnalyzer {

    AnalyzedDocument analyze(Article article);

    /**
     * Analyzes an article, stopping with {@link Deadline.Exceeded} once {@code deadline} has passed.
     * {@link OpenNlpTextAnalyzer} checks it at every paragraph and sentence; this default checks it before and after.
     */
    default AnalyzedDocument analyze(Article article, Deadline deadline) {
        deadline.check();
        AnalyzedDocument document = analyze(article);
        deadline.check();
        return document;
    }
}
