package dev.storyline.model;

/**
 * A direct quotation.
 *
 * @param text    the words inside the quotation marks
 * @param speaker who said it, as named in the document, or null when the document does not say
 */
public record Quote(String text, String speaker) {
}
