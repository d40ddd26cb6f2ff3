package dev.storyline.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned article: the body paragraphs and the metadata read from the page.
 *
 * @param id         the id of the {@link RawDocument} it came from
 * @param source     the source of the {@link RawDocument}
 * @param url        the page URL, or null
 * @param title      the headline, or null when none was found
 * @param outlet     the publishing outlet, or null
 * @param byline     the author line, or null
 * @param published  the publication date, or null when the page does not say
 * @param paragraphs the body, one entry per paragraph
 * @param removed    every non-blank piece of the page left out of the body, with the reason
 * @param chosenBy   the rule that chose each metadata field; {@link MetadataRules#NONE} when none is known
 */
public record Article(String id, String source, String url, String title, String outlet, String byline,
                      LocalDate published, List<String> paragraphs, List<RemovedText> removed, MetadataRules chosenBy) implements Serializable {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        chosenBy = chosenBy == null ? MetadataRules.NONE : chosenBy;
    }

    /** An article whose metadata rules are not known (built by hand, or read from an older store). */
    public Article(String id, String source, String url, String title, String outlet, String byline,
                   LocalDate published, List<String> paragraphs, List<RemovedText> removed) {
        this(id, source, url, title, outlet, byline, published, paragraphs, removed, MetadataRules.NONE);
    }

    /** This article with other paragraphs and removals, keeping its metadata and the rules that chose it. */
    public Article withBody(List<String> paragraphs, List<RemovedText> removed) {
        return new Article(id, source, url, title, outlet, byline, published, paragraphs, removed, chosenBy);
    }

    /** The body as text: paragraphs separated by one blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
