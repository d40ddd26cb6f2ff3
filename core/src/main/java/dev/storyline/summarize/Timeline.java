package dev.storyline.summarize;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.DateMention;
import dev.storyline.model.Event;
import dev.storyline.model.TimelineEntry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's timeline: one entry per event, dated by when it happened rather than when it was reported. The day an
 * event happened is the date its documents' opening sentences name most often ("collapsed on Tuesday", resolved
 * against each document's publication date), counting only dates from {@value #MAX_DAYS_BEFORE_PUBLICATION} days
 * before publication up to the publication day (news leads report what just happened; later dates announce plans);
 * ties go to the earlier day. Without such a date the entry takes the event's first publication date.
 */
public final class Timeline {

    static final int LEAD_SENTENCES = 2;
    static final long MAX_DAYS_BEFORE_PUBLICATION = 7;

    private Timeline() {
    }

    /** The entries of {@code events} in date order, each with the first sentence of the event's summary. */
    public static List<TimelineEntry> of(List<Event> events, Map<String, AnalyzedDocument> documents) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Event event : events) {
            List<AnalyzedDocument> members = new ArrayList<>();
            for (String id : event.documents()) {
                members.add(documents.get(id));
            }
            LocalDate happened = happened(members);
            LocalDate date = happened != null ? happened : event.date();
            if (event.summary().isEmpty()) {
                entries.add(new TimelineEntry(date, event.id(), event.title(), event.documents()));
            } else {
                CitedText first = event.summary().get(0);
                entries.add(new TimelineEntry(date, event.id(), first.text(), first.documents()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        return entries;
    }

    /** The day the documents' leads name most often, or null when they name none near publication. */
    static LocalDate happened(List<AnalyzedDocument> documents) {
        Map<LocalDate, Integer> votes = new HashMap<>();
        for (AnalyzedDocument document : documents) {
            LocalDate published = document.article().published();
            for (DateMention mention : document.dates()) {
                if (mention.sentence() >= LEAD_SENTENCES || published == null) {
                    continue;
                }
                long daysBefore = ChronoUnit.DAYS.between(mention.date(), published);
                if (daysBefore >= 0 && daysBefore <= MAX_DAYS_BEFORE_PUBLICATION) {
                    votes.merge(mention.date(), 1, Integer::sum);
                }
            }
        }
        LocalDate best = null;
        for (Map.Entry<LocalDate, Integer> vote : votes.entrySet()) {
            if (best == null || vote.getValue() > votes.get(best)
                    || vote.getValue().equals(votes.get(best)) && vote.getKey().isBefore(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }
}
