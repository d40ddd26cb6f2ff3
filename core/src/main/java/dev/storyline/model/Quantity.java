package dev.storyline.model;

import java.io.Serializable;

/**
 * A number stated in a document with what it counts, normalized so that sources can be compared: "more than 50
 * aircraft" and "over fifty aircraft" are both {@code value} 50, {@code counted} "aircraft", {@code bound} "more".
 *
 * @param text     the words as written ("more than 50 aircraft", "1,500 kilometres")
 * @param value    the number, with words, thousands separators and scale words ("1.2 million") resolved
 * @param unit     the measure it is given in ("km", "%", "crowns"), or null for a plain count
 * @param counted  the noun it counts ("aircraft", "injured", "vehicles"), or null when the sentence does not say
 * @param bound    "exact", "more" (more than, over, at least), "less" (fewer than, under, up to) or "about"
 * @param sentence the index of the sentence it was found in, among the document's sentences
 */
public record Quantity(String text, double value, String unit, String counted, String bound, int sentence) implements Serializable {
}
