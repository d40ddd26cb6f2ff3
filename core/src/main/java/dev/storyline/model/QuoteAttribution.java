package dev.storyline.model;

/**
 * The rule (sieve) that chose a quote's speaker, recorded with the quote so that a reader can see why a sentence is
 * credited to someone. The quote finder tries the rules of a direct quote in the order listed here and keeps the
 * first that names someone.
 */
public enum QuoteAttribution {
    /** {@code "...," Ruiz said}, {@code "...," said Ruiz}, {@code "...," according to Ruiz}. */
    CUE_AFTER("cue-after", "a said-type cue with a name right after the quote"),
    /** {@code "..." ― Ana Ruiz} closing a paragraph. */
    SIGNATURE("signature", "a name signing the quote after a dash"),
    /** {@code Ruiz said: "..."}, {@code Said Ruiz: "..."}. */
    CUE_BEFORE("cue-before", "a said-type cue with a name right before the quote"),
    /** A pronoun in a cue ({@code "...," she said}) standing for the last person of its kind named before. */
    PRONOUN("pronoun", "a pronoun in the cue, resolved to the person named last before it"),
    /** {@code "...," Ruiz fumed}: a known name with any verb right after the quote. */
    NAME_THEN_VERB("name-then-verb", "a known name followed by a verb right after the quote"),
    /** {@code "..." if the vote fails, Ruiz said.}: the cue that closes the writer's sentence. */
    CUE_CLOSING_SENTENCE("cue-closing-sentence", "the cue closing the sentence the quote is part of"),
    /** {@code Ana Ruiz: "..."}, as in round-ups and transcripts. */
    LABEL("label", "a known name as a label before a colon"),
    /** {@code Ruiz shared the news, writing "..."}: the subject of the sentence leading into the quote. */
    INTRODUCING_SUBJECT("introducing-subject", "the subject of the sentence that leads into the quote"),
    /** A quote with no cue after one by the same speaker in the same paragraph. */
    CONTINUATION("continuation", "a quote with no cue going on from the speaker's previous quote in the paragraph"),
    /** A paragraph opening with a quote, after a paragraph that closed on the same speaker's quote. */
    PREVIOUS_PARAGRAPH("previous-paragraph", "a quote opening a paragraph after one that closed on the speaker's quote"),
    /** {@code Earnest said Monday. "..."}: the cue or the named subject of the sentence just before. */
    SENTENCE_BEFORE("sentence-before", "the cue or the named subject of the sentence just before the quote"),
    /** {@code Kalloway called it "a fair deal"}: the subject of a phrase's own sentence. */
    PHRASE_SUBJECT("phrase-subject", "the subject of the sentence a quoted phrase is part of, with a verb that frames it"),
    /** Indirect speech with the speaker first: {@code Ruiz said (that) ...}. */
    REPORTING_CLAUSE("reporting-clause", "indirect speech: a speaker and a reporting verb before the statement"),
    /** Indirect speech with the cue last: {@code ..., Ruiz said.} */
    TRAILING_CUE("trailing-cue", "indirect speech: a speaker and a cue after the statement"),
    /** Indirect speech by source: {@code According to Ruiz, ...}, {@code ..., according to officials.} */
    ACCORDING_TO("according-to", "indirect speech: \"according to\" and the source");

    private final String label;
    private final String description;

    QuoteAttribution(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name used in the report. */
    public String label() {
        return label;
    }

    /** What the rule looks for, in a few words: for {@code --explain}. */
    public String description() {
        return description;
    }
}
