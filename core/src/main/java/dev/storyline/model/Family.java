package dev.storyline.model;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate copies of one text (a wire story and its syndicated copies). A document without copies forms a
 * family of one. Besides the members, a family records how each copy differs from the canonical one, so that the
 * report can show what every outlet added, dropped or reworded.
 *
 * @param id        family id
 * @param documents member document ids, canonical first
 * @param canonical the id of the copy that stands for the family
 * @param copies    how each non-canonical member differs from the canonical copy, in member order; empty for a
 *                  family of one, or when the alignment was not computed
 */
public record Family(String id, List<String> documents, String canonical, List<CopyAlignment> copies) implements Serializable {
    public Family {
        documents = List.copyOf(documents);
        copies = List.copyOf(copies);
    }

    /** Each document id of {@code families} mapped to the id of its family. */
    public static Map<String, String> byDocument(List<Family> families) {
        Map<String, String> familyOf = new HashMap<>();
        for (Family family : families) {
            for (String id : family.documents()) {
                familyOf.put(id, family.id());
            }
        }
        return familyOf;
    }

    /** A family without passage alignments. */
    public Family(String id, List<String> documents, String canonical) {
        this(id, documents, canonical, List.of());
    }
}
