package dev.storyline.model;

import java.io.Serializable;

/**
 * One word-level difference between a paragraph of the canonical copy and the changed paragraph of another copy,
 * such as {@code Islamic State} becoming {@code ISIS}. Both sides are the text exactly as the documents print it, so
 * that a reader sees the edit an outlet made.
 *
 * @param from the canonical words; empty when the copy inserts words
 * @param to   the copy's words; empty when the copy deletes words
 */
public record WordEdit(String from, String to) implements Serializable {
    public WordEdit {
        from = from == null ? "" : from;
        to = to == null ? "" : to;
    }

    /** True when the copy adds words that the canonical paragraph lacks. */
    public boolean isInsertion() {
        return from.isEmpty();
    }

    /** True when the copy leaves out words of the canonical paragraph. */
    public boolean isDeletion() {
        return to.isEmpty();
    }
}
