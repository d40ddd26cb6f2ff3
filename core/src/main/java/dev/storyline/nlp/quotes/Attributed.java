package dev.storyline.nlp.quotes;

import dev.storyline.model.QuoteAttribution;

/** A speaker and the rule that chose them. */
record Attributed(String speaker, QuoteAttribution attribution) {
}
