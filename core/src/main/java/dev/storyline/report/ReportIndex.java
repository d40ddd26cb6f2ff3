package dev.storyline.report;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Report;
import dev.storyline.model.Story;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lookups over a report that the writers share: documents, events and families by id, and membership. */
final class ReportIndex {

    final Map<String, AnalyzedDocument> documents = new LinkedHashMap<>();
    final Map<String, Event> events = new LinkedHashMap<>();
    final Map<String, String> familyOf;
    final Map<String, String> eventOf = new HashMap<>();
    final Map<String, String> storyOf = new HashMap<>();
    final Map<String, Family> families = new HashMap<>();

    ReportIndex(Report report) {
        familyOf = Family.byDocument(report.families());
        for (AnalyzedDocument document : report.documents()) {
            documents.put(document.id(), document);
        }
        for (Family family : report.families()) {
            families.put(family.id(), family);
        }
        for (Event event : report.events()) {
            events.put(event.id(), event);
            for (String id : event.documents()) {
                eventOf.put(id, event.id());
            }
        }
        for (Story story : report.stories()) {
            for (String id : story.documents()) {
                storyOf.put(id, story.id());
            }
        }
    }

    /** "Outlet, 2026-04-14" or the document id when the outlet is unknown: how a citation reads. */
    String sourceLabel(String documentId) {
        AnalyzedDocument document = documents.get(documentId);
        if (document == null) {
            return documentId;
        }
        String outlet = document.article().outlet();
        String label = outlet != null ? outlet : documentId;
        return document.article().published() == null ? label : label + ", " + document.article().published();
    }
}
