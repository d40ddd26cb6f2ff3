package dev.storyline.model;

import java.io.Serializable;

/**
 * One source's statement about a claim.
 *
 * @param document the document that makes it
 * @param text     the sentence as that document writes it
 * @param stance   whether it states the claim or contradicts it
 * @param reason   for a contradiction, what contradicts ("denial", "different number: 14 injured against 19"); null
 *                 for a statement of the claim
 */
public record ClaimEvidence(String document, String text, Stance stance, String reason) implements Serializable {

    /** Where a statement stands on the claim it is evidence for. */
    public enum Stance {
        STATES("states"), CONTRADICTS("contradicts");

        private final String label;

        Stance(String label) {
            this.label = label;
        }

        /** The name used in the report. */
        public String label() {
            return label;
        }
    }
}
