package dev.storyline.nlp.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo and image credits in running text, which name a photographer and an agency, never a speaker:
 * {@code (Lauren Pelley / CBC News)}, {@code Photo: Ana Ruiz/Reuters}, {@code Image credit: Getty Images}. The quote
 * rules read the text with them blanked out, so that no cue, subject or pronoun can land on the photographer.
 */
final class PhotoCredits {

    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
    /** A name and an agency in brackets split by a slash, or a credit word and what follows up to a bracket or a line end. */
    private static final Pattern CREDIT = Pattern.compile(
            "\\(\\s*(?:(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Vv]ideo|[Cc]redit)s?\\s*(?:[Cc]redit)?\\s*(?:by|:)?\\s*)?"
                    + NAME + "\\s*/\\s*[^()\\n]{1,60}\\)"
                    + "|\\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Cc]redit)s?\\s*(?:[Cc]redit)?\\s*(?:by\\b|:)\\s*" + NAME
                    + "(?:\\s*/\\s*[^.()\\n]{1,60})?");

    private PhotoCredits() {
    }

    /** The text with every credit replaced by spaces, so that all offsets stay as they were. */
    static String blanked(String text) {
        Matcher m = CREDIT.matcher(text);
        if (!m.find()) {
            return text;
        }
        char[] chars = text.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) {
                chars[i] = ' ';
            }
        } while (m.find());
        return new String(chars);
    }
}
