package dev.storyline.model;

import java.io.Serializable;

/** A proper name found in a document, with its kind. */
public record Entity(String name, EntityType type) implements Serializable {
}
