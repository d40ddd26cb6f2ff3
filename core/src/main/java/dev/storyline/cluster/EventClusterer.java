package dev.storyline.cluster;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Event;
import dev.storyline.model.Family;

import java.util.List;

/** The first half of the cluster stage: groups documents into events, each one happening. */
public interface EventClusterer {

    /**
     * Events covering every document exactly once, in time order. Members of one near-duplicate family always
     * share an event. Summaries are left empty for the summarize stage.
     */
    List<Event> events(List<AnalyzedDocument> documents, List<Family> families);
}
