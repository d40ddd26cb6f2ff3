package dev.storyline.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A date written in a document and the calendar day it means, resolved against the publication date: "on
 * Wednesday" in an article published on Friday 17 April 2026 is 2026-04-15.
 *
 * @param text     the words as written ("on Wednesday", "last week", "April 14")
 * @param date     the day it means; for a span ("last week", "in March") its first day
 * @param sentence the index of the sentence it was found in, among the document's sentences
 */
public record DateMention(String text, LocalDate date, int sentence) implements Serializable {
}
