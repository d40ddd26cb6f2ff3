package dev.storyline.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameContextTest {

    @Test
    void properNounsAreMarkedWithTheGazetteerOfTheLongestEntryTheyBelongTo() {
        List<String> tokens = List.of("John", "read", "The", "New", "York", "Times", "in", "Germany", ".");
        List<String> tags = List.of("PROPN", "VERB", "DET", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT");

        String[][] context = NameContext.of(tokens, tags);

        assertThat(context[0]).containsExactly("p=PROPN", "g=given-name");
        assertThat(context[1]).isEmpty();
        assertThat(context[3]).containsExactly("p=PROPN", "g=organization");
        assertThat(context[5]).containsExactly("p=PROPN", "g=organization");
        assertThat(context[7]).containsExactly("p=PROPN", "g=place");
    }

    @Test
    void lowercaseWordsAreNotLookedUp() {
        String[][] context = NameContext.of(List.of("german", "beer"), List.of("ADJ", "NOUN"));

        assertThat(context[0]).isEmpty();
    }
}
