package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * An article with the linguistic annotations of the nlp stage.
 *
 * @param article    the extracted article
 * @param sentences  its body split into tagged sentences
 * @param entities   the names it mentions, each once
 * @param quotes     what it reports people said, in reading order
 * @param quantities the numbers it states with what they count, in reading order
 * @param dates      the dates it writes, resolved against its publication date, in reading order
 */
public record AnalyzedDocument(Article article, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes,
                               List<Quantity> quantities, List<DateMention> dates) implements Serializable {
    public AnalyzedDocument {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
    }

    public AnalyzedDocument(Article article, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes) {
        this(article, sentences, entities, quotes, List.of(), List.of());
    }

    public String id() {
        return article.id();
    }
}
