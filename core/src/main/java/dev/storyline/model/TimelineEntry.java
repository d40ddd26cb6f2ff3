package dev.storyline.model;

import java.time.LocalDate;

/** One dated step of a story: what happened, in which event. */
public record TimelineEntry(LocalDate date, String event, String text) {
}
