package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DatedStreamTest {

    private final List<LabeledDocument> sources = List.of(
            new LabeledDocument("a", "Fire destroys Kelby sawmill", List.of("A fire destroyed the Kelby sawmill overnight.", "Owner Tom Arden said he would rebuild."), null, "fire", "fire"),
            new LabeledDocument("b", "Kelby sawmill lost", List.of("Firefighters fought the Kelby blaze for six hours."), null, "fire", "fire"),
            new LabeledDocument("c", "Teenager wins Orrin chess open", List.of("Nadia Korvel won the Orrin open on Sunday."), null, "chess", "chess"));

    @Test
    void theStreamHasTheAskedSizeInTimeOrderWithEachOccurrenceWithinThreeDays() {
        List<LabeledDocument> stream = new DatedStream(sources, 7).generate(300);

        assertThat(stream).hasSize(300);
        Map<String, Set<LocalDate>> daysOfEvent = new HashMap<>();
        LocalDate previous = DatedStream.START;
        for (LabeledDocument document : stream) {
            assertThat(document.date()).isAfterOrEqualTo(previous);
            previous = document.date();
            assertThat(document.story()).isIn("fire", "chess");
            daysOfEvent.computeIfAbsent(document.event(), e -> new HashSet<>()).add(document.date());
        }
        for (Set<LocalDate> days : daysOfEvent.values()) {
            LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
            assertThat(days).allSatisfy(day -> assertThat(day).isBefore(first.plusDays(3)));
        }
        assertThat(daysOfEvent.size()).isGreaterThan(2);
    }

    @Test
    void theSameSeedGivesTheSameStream() {
        assertThat(new DatedStream(sources, 7).generate(50)).isEqualTo(new DatedStream(sources, 7).generate(50));
    }
}
