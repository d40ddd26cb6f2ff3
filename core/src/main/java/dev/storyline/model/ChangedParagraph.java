package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * A paragraph that a copy carries in edited form: the canonical paragraph, the copy's version, and the word-level
 * edits that turn the one into the other. Showing the edits instead of two whole paragraphs lets a reader spot what
 * an outlet changed in a syndicated story.
 *
 * @param canonical the paragraph as the canonical copy prints it
 * @param copy      the paragraph as the copy prints it
 * @param edits     the differences in reading order
 */
public record ChangedParagraph(String canonical, String copy, List<WordEdit> edits) implements Serializable {
    public ChangedParagraph {
        edits = List.copyOf(edits);
    }
}
