package dev.storyline.model;

import java.io.Serializable;

/**
 * Metadata that an input format states explicitly beside the page, such as the {@code title} and
 * {@code published} fields of a JSON Lines record. The extract stage prefers these over what it reads from the page.
 *
 * @param title     the declared headline, or null
 * @param published the declared publication date as written (for example {@code 2026-04-14}), or null
 */
public record DeclaredMetadata(String title, String published) implements Serializable {
    public static final DeclaredMetadata NONE = new DeclaredMetadata(null, null);
}
