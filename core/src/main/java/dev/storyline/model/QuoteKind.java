package dev.storyline.model;

/** How a document reports what someone said. */
public enum QuoteKind {
    /** The speaker's words in quotation marks, as a sentence or more: {@code "We will rebuild," she said.} */
    DIRECT("direct"),
    /** The speaker's words retold: {@code She said that the city would rebuild}, {@code according to the police}. */
    INDIRECT("indirect"),
    /** A few words in quotation marks inside the writer's own sentence: {@code He called it "a disgrace".} */
    PHRASE("phrase");

    private final String label;

    QuoteKind(String label) {
        this.label = label;
    }

    /** The name used in the report. */
    public String label() {
        return label;
    }
}
