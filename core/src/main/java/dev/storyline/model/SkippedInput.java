package dev.storyline.model;

import java.io.Serializable;

/**
 * An input, or part of one, that could not be analyzed.
 *
 * @param source the path (or {@code path#line}, {@code stdin}) the user can find it under
 * @param reason what was wrong with it, in words a user understands
 */
public record SkippedInput(String source, String reason) implements Serializable {
}
