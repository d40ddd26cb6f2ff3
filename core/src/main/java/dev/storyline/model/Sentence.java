package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence of an article body, with where it and each of its tokens lie in its paragraph, so that later stages
 * (dates, quantities, quotes) quote spans as written and find a sentence by offset without searching the text again.
 *
 * @param text      the sentence as written
 * @param paragraph the index of the paragraph it belongs to
 * @param start     where the sentence starts in its paragraph (0 for a sentence given on its own)
 * @param tokens    its tokens
 * @param tags      one part-of-speech tag (Universal Dependencies) per token
 */
public record Sentence(String text, int paragraph, int start, List<String> tokens, List<String> tags) implements Serializable {
    /** Keeps the tokens and tags compact ({@link CompactStrings}): they are most of what an analysis holds. */
    public Sentence {
        tokens = CompactStrings.tokens(text, tokens);
        tags = CompactStrings.tags(tags);
    }

    /** A sentence given on its own, as evaluation data and tests give it: it starts its paragraph. */
    public Sentence(String text, int paragraph, List<String> tokens, List<String> tags) {
        this(text, paragraph, 0, tokens, tags);
    }

    /** Where the sentence ends in its paragraph. */
    public int end() {
        return start + text.length();
    }

    /** Where token {@code i} starts in the sentence's text. */
    public int tokenStart(int i) {
        return CompactStrings.start(tokens, i);
    }

    /** Where token {@code i} ends in the sentence's text. */
    public int tokenEnd(int i) {
        return CompactStrings.end(tokens, i);
    }

    /** Tokens {@code first} to {@code last} (both included) as written in the sentence, spaces and all. */
    public String covered(int first, int last) {
        return text.substring(tokenStart(first), Math.max(tokenStart(first), tokenEnd(last)));
    }
}
