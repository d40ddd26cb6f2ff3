package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * One person, organisation or place as the documents of a story name it, its spellings merged: "Sergei Shoigu", "Mr
 * Shoigu" and "Shoigu"; "Defense Ministry" and "Defence Ministry"; "Islamic State" and "ISIL".
 *
 * @param id        unique in the report; quotes point to it as their speaker
 * @param name      the fullest name the documents use
 * @param type      the kind most of its mentions were given
 * @param aliases   the other names it goes by in these documents, in order of first use
 * @param documents the documents that mention it, in story order
 */
public record StoryEntity(String id, String name, EntityType type, List<String> aliases, List<String> documents) implements Serializable {
    public StoryEntity {
        aliases = List.copyOf(aliases);
        documents = List.copyOf(documents);
    }
}
