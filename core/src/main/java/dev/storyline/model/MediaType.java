package dev.storyline.model;

/** How the bytes of a {@link RawDocument} are to be read by the extract stage. */
public enum MediaType {
    /** Plain text, as a crawler saves a page after stripping its markup. */
    TEXT,
    /** An HTML page. */
    HTML
}
