package dev.storyline.model;

/** A proper name found in a document, with its kind. */
public record Entity(String name, EntityType type) {
}
