package dev.storyline.model;

/**
 * A direct quotation.
 *
 * @param text      the words inside the quotation marks
 * @param speaker   who said it, as named in the document (a name, or a description such as "the minister"), or null
 *                  when the document does not say
 * @param anonymous whether the speaker is an unnamed source described only by what they are ("a source close to the
 *                  president", "officials familiar with the talks")
 */
public record Quote(String text, String speaker, boolean anonymous) {

    public Quote(String text, String speaker) {
        this(text, speaker, false);
    }
}
