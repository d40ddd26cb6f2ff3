package dev.storyline.model;

import java.util.List;

/**
 * Near-duplicate copies of one text (a wire story and its syndicated copies). A document without copies forms a
 * family of one.
 *
 * @param id        family id
 * @param documents member document ids, canonical first
 * @param canonical the id of the copy that stands for the family
 */
public record Family(String id, List<String> documents, String canonical) {
    public Family {
        documents = List.copyOf(documents);
    }
}
