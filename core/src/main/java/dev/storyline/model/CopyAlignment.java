package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * How one copy in a {@link Family} differs from the family's canonical copy, paragraph by paragraph: which
 * paragraphs it carries unchanged, which it edits, adds or leaves out, and whether it moves them around. Syndicated
 * wire stories are rarely verbatim; this is what a reader needs to see what each outlet did to the text.
 *
 * @param document  the id of the copy
 * @param shared    the number of canonical paragraphs the copy carries unchanged (ignoring case and typography)
 * @param added     the copy's paragraphs that have no counterpart in the canonical copy, in the copy's order
 * @param dropped   the canonical paragraphs the copy leaves out, in the canonical order
 * @param changed   the paragraphs the copy carries in edited form, in the copy's order
 * @param reordered whether the copy gives its shared and changed paragraphs in a different order than the canonical
 *                  copy
 */
public record CopyAlignment(String document, int shared, List<String> added, List<String> dropped,
                            List<ChangedParagraph> changed, boolean reordered) implements Serializable {
    public CopyAlignment {
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        changed = List.copyOf(changed);
    }

    /** True when the copy carries the canonical text paragraph for paragraph, in the same order. */
    public boolean isVerbatim() {
        return added.isEmpty() && dropped.isEmpty() && changed.isEmpty() && !reordered;
    }
}
