package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * A statement of fact aligned across the documents of a story.
 *
 * @param text       the statement, as written in its first source
 * @param status     agreed, single-source or disputed
 * @param documents  the documents that make the statement
 * @param disputedBy the statements of other documents that contradict it; empty unless disputed
 * @param evidence   every document's sentence on the claim: those that state it, then those that contradict it
 */
public record Claim(String text, ClaimStatus status, List<String> documents, List<CitedText> disputedBy,
                    List<ClaimEvidence> evidence) implements Serializable {
    public Claim {
        documents = List.copyOf(documents);
        disputedBy = List.copyOf(disputedBy);
        evidence = List.copyOf(evidence);
    }

    public Claim(String text, ClaimStatus status, List<String> documents, List<CitedText> disputedBy) {
        this(text, status, documents, disputedBy, List.of());
    }
}
