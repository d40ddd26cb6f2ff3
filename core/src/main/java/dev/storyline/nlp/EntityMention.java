package dev.storyline.nlp;

import dev.storyline.model.EntityType;

/**
 * One mention of a name in a document.
 *
 * @param sentence the index of its sentence in the document
 * @param start    the index of its first token in the sentence
 * @param end      the index after its last token
 * @param name     the name as written, without a title before it or a possessive after it
 * @param type     the type the document's mentions of the name vote for
 */
public record EntityMention(int sentence, int start, int end, String name, EntityType type) {
}
