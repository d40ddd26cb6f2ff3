package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence of an article body.
 *
 * @param text      the sentence as written
 * @param paragraph the index of the paragraph it belongs to
 * @param tokens    its tokens
 * @param tags      one part-of-speech tag (Universal Dependencies) per token
 */
public record Sentence(String text, int paragraph, List<String> tokens, List<String> tags) implements Serializable {
    /** Keeps the tokens and tags compact ({@link CompactStrings}): they are most of what an analysis holds. */
    public Sentence {
        tokens = CompactStrings.tokens(text, tokens);
        tags = CompactStrings.tags(tags);
    }
}
