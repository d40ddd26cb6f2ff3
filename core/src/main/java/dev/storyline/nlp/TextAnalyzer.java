package dev.storyline.nlp;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;

/** The analyze stage: sentences, tokens, part-of-speech tags, entities and quotes of an article. */
public interface TextAnalyzer {

    AnalyzedDocument analyze(Article article);
}
