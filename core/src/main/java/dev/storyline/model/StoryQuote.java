package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * One statement of one speaker as the sources of a story carry it: the same words quoted by several outlets, cut
 * differently or translated differently, are one quote with several variants.
 *
 * @param speakerId the story entity who said it, or null when the speaker is not a named entity (a description, an
 *                  unnamed source, or no speaker at all)
 * @param speaker   the speaker as the first source names them, or null when no source says
 * @param anonymous whether the speaker is an unnamed source
 * @param kind      direct quote, indirect speech or quoted phrase, as the first source gives it
 * @param variants  each distinct wording with the documents that carry it, the most widely carried first
 */
public record StoryQuote(String speakerId, String speaker, boolean anonymous, QuoteKind kind, List<CitedText> variants) implements Serializable {
    public StoryQuote {
        variants = List.copyOf(variants);
    }

    /** The wording most sources carry. */
    public String text() {
        return variants.get(0).text();
    }
}
