package dev.storyline.model;

/** The kind of a named entity. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, OTHER
}
