package dev.storyline.nlp.quotes;

import dev.storyline.model.QuoteAttribution;

import java.util.regex.Matcher;

/** A speaker and the rule that chose them. */
record Attributed(String speaker, QuoteAttribution attribution) {

    /**
     * The speaker of a cue match under {@code rule}, recorded as {@link QuoteAttribution#PRONOUN} when the cue names a
     * pronoun; null when there is no speaker.
     */
    static Attributed cued(Matcher m, String speaker, QuoteAttribution rule) {
        if (speaker == null) {
            return null;
        }
        return new Attributed(speaker, m.group("pronoun") != null ? QuoteAttribution.PRONOUN : rule);
    }

    static Attributed of(String speaker, QuoteAttribution rule) {
        return speaker == null ? null : new Attributed(speaker, rule);
    }
}
