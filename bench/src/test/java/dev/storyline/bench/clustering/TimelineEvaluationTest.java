package dev.storyline.bench.clustering;

import dev.storyline.model.Event;
import dev.storyline.model.Report;
import dev.storyline.model.Story;
import dev.storyline.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineEvaluationTest {

    private static final LocalDate MAY_1 = LocalDate.of(2010, 5, 1);
    private static final LocalDate MAY_2 = LocalDate.of(2010, 5, 2);
    private static final LocalDate MAY_3 = LocalDate.of(2010, 5, 3);

    @Test
    void theHeaviestDatesAreKeptEachWithItsLargestEventsSentence() {
        Report report = new Report(Instant.EPOCH, List.of(), List.of(), List.of(),
                List.of(event("e1", 1), event("e2", 3), event("e3", 2), event("e4", 2)),
                List.of(story("s1", new TimelineEntry(MAY_1, "e1", "A small thing happened."),
                                new TimelineEntry(MAY_2, "e2", "The well was capped.")),
                        story("s2", new TimelineEntry(MAY_2, "e3", "Shares fell."),
                                new TimelineEntry(MAY_3, "e4", "Hearings began."),
                                new TimelineEntry(null, "e1", "Undated."))));

        assertThat(TimelineEvaluation.predicted(report, 2))
                .containsOnlyKeys(MAY_2, MAY_3)
                .containsEntry(MAY_2, List.of("The well was capped."))
                .containsEntry(MAY_3, List.of("Hearings began."));
    }

    private static Event event(String id, int documents) {
        List<String> ids = java.util.stream.IntStream.range(0, documents).mapToObj(i -> id + "-d" + i).toList();
        return new Event(id, id, MAY_1, ids, List.of());
    }

    private static Story story(String id, TimelineEntry... timeline) {
        return new Story(id, id, List.of(), List.of(), List.of(), List.of(timeline), List.of());
    }
}
