package dev.storyline.model;

import java.io.Serializable;

/**
 * A piece of a page that the extract stage removed from the article body, with the name of the rule that removed
 * it, so that a user can audit the cleaning.
 */
public record RemovedText(String text, String reason) implements Serializable {
}
