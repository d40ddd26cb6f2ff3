package dev.storyline.model;

import java.io.Serializable;

/**
 * Something a document reports someone said.
 *
 * @param text        the words inside the quotation marks; for indirect speech, the retold statement
 * @param speaker     who said it, as named in the document (a name, or a description such as "the minister"), or
 *                    null when the document does not say
 * @param anonymous   whether the speaker is an unnamed source described only by what they are ("a source close to the
 *                    president", "officials familiar with the talks")
 * @param kind        direct quote, indirect speech or quoted phrase
 * @param attribution the rule that chose the speaker; null when there is no speaker (or for analyses stored before
 *                    it was recorded)
 */
public record Quote(String text, String speaker, boolean anonymous, QuoteKind kind, QuoteAttribution attribution)
        implements Serializable {
    public Quote(String text, String speaker, boolean anonymous, QuoteKind kind) {
        this(text, speaker, anonymous, kind, null);
    }

    public Quote(String text, String speaker, boolean anonymous) {
        this(text, speaker, anonymous, QuoteKind.DIRECT);
    }

    public Quote(String text, String speaker) {
        this(text, speaker, false);
    }
}
