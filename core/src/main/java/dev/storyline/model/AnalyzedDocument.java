package dev.storyline.model;

import java.util.List;

/** An article with the linguistic annotations of the nlp stage. */
public record AnalyzedDocument(Article article, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes) {

    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    public String id() {
        return article.id();
    }
}
