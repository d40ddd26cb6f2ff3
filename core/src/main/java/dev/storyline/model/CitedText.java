package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/** A sentence taken from the corpus with the ids of the documents that carry it. */
public record CitedText(String text, List<String> documents) implements Serializable {
    public CitedText {
        documents = List.copyOf(documents);
    }
}
