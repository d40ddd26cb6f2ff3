package dev.storyline.nlp;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContentWordsTest {

    @Test
    void diceMeasuresSetOverlap() {
        assertThat(ContentWords.dice(Set.of("a", "b"), Set.of("a", "b"))).isEqualTo(1.0);
        assertThat(ContentWords.dice(Set.of("a", "b"), Set.of("b", "c", "d", "e"))).isEqualTo(2.0 / 6);
        assertThat(ContentWords.dice(Set.of(), Set.of())).isZero();
        assertThat(ContentWords.shared(Set.of("a", "b", "c"), Set.of("c", "a"))).isEqualTo(2);
    }
}
