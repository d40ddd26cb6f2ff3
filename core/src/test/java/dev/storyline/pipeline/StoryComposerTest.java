package dev.storyline.pipeline;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryComposerTest {

    private static AnalyzedDocument document(String id) {
        Article article = new Article(id, id + ".txt", null, "Title " + id, null, null, LocalDate.of(2026, 1, 1),
                List.of("Body of " + id + "."), List.of(), null);
        return new AnalyzedDocument(article, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aLargeStoryIsComparedOverASampleThatHearsEveryEvent() {
        Map<String, AnalyzedDocument> members = new HashMap<>();
        List<Event> events = new ArrayList<>();
        int[] sizes = {1_500, 3, 1, 400};
        for (int e = 0; e < sizes.length; e++) {
            List<String> ids = new ArrayList<>();
            for (int d = 0; d < sizes[e]; d++) {
                String id = "e" + e + "d" + d;
                ids.add(id);
                members.put(id, document(id));
            }
            events.add(new Event("e" + e, "Event " + e, LocalDate.of(2026, 1, 1 + e), ids, List.of()));
        }

        List<AnalyzedDocument> sample = StoryComposer.sample(events, members);

        assertThat(sample).hasSize(StoryComposer.MAX_COMPARED_DOCUMENTS).doesNotHaveDuplicates();
        assertThat(sample).extracting(AnalyzedDocument::id).contains("e1d0", "e1d1", "e1d2", "e2d0", "e3d0", "e0d0");
        assertThat(sample.get(0).id()).isEqualTo("e0d0");
        assertThat(sample.get(sample.size() - 1).id()).startsWith("e3");
    }
}
