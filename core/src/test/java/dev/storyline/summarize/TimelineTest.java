package dev.storyline.summarize;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Event;
import dev.storyline.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    @Test
    void anEventIsDatedByTheDayItsLeadsSayItHappenedNotByPublication() {
        AnalyzedDocument a = TestArticles.analyzed("a", "A", "2026-04-16", null,
                "A bridge collapsed in Dravnik on Tuesday, killing three people.",
                "The mayor will speak on Friday.");
        AnalyzedDocument b = TestArticles.analyzed("b", "B", "2026-04-15", null,
                "Three people died when a bridge fell into the river on Tuesday evening.");
        AnalyzedDocument later = TestArticles.analyzed("c", "C", "2026-05-20", null,
                "An engineer resigned over the bridge collapse.");
        Event collapse = new Event("e1", "Bridge collapses", LocalDate.parse("2026-04-15"), List.of("b", "a"),
                List.of(new CitedText("Three people died when a bridge fell into the river on Tuesday evening.", List.of("b"))));
        Event resignation = new Event("e2", "Engineer resigns", LocalDate.parse("2026-05-20"), List.of("c"), List.of());
        List<TimelineEntry> timeline = Timeline.of(List.of(resignation, collapse), Map.of("a", a, "b", b, "c", later));
        assertThat(timeline).extracting(TimelineEntry::date)
                .containsExactly(LocalDate.parse("2026-04-14"), LocalDate.parse("2026-05-20"));
        assertThat(timeline.get(0).documents()).containsExactly("b");
        assertThat(timeline.get(1).text()).isEqualTo("Engineer resigns");
    }
}
