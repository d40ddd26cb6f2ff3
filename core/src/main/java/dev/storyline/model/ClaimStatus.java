package dev.storyline.model;

/** How the sources of a story stand on a claim. */
public enum ClaimStatus {
    /** Reported by two or more independent sources (a family of copies counts once). */
    AGREED("agreed"),
    /** Reported by one source only. */
    SINGLE_SOURCE("single-source"),
    /** Another source denies it or reports a different figure. */
    DISPUTED("disputed");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    /** The name used in the report. */
    public String label() {
        return label;
    }
}
