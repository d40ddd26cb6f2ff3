package dev.storyline.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentenceTest {

    private static final String TEXT = "The mayor said the bridge would reopen in May.";
    private static final List<String> TOKENS = List.of("The", "mayor", "said", "the", "bridge", "would", "reopen", "in", "May", ".");
    private static final List<String> TAGS = List.of("DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT");

    @Test
    void compactTokensAndTagsReadEqualAndHashAsTheStringsGiven() {
        Sentence sentence = new Sentence(TEXT, 0, new ArrayList<>(TOKENS), new ArrayList<>(TAGS));

        assertThat(sentence.tokens()).isEqualTo(TOKENS).hasSameHashCodeAs(TOKENS);
        assertThat(sentence.tags()).isEqualTo(TAGS).hasSameHashCodeAs(TAGS);
        assertThat(sentence.tokens().get(8)).isEqualTo("May");
        assertThat(sentence).isEqualTo(new Sentence(TEXT, 0, TOKENS, TAGS));
        assertThatThrownBy(() -> sentence.tokens().add("again")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void tokensNotCutFromTheTextAndTagsOutsideTheTagSetAreKeptAsGiven() {
        Sentence sentence = new Sentence("It is ``fine''.", 0, List.of("It", "is", "\"", "fine", "\"", "."), List.of("PRON", "AUX", "``", "ADJ", "''", "."));

        assertThat(sentence.tokens()).containsExactly("It", "is", "\"", "fine", "\"", ".");
        assertThat(sentence.tags()).containsExactly("PRON", "AUX", "``", "ADJ", "''", ".");
        assertThat(sentence.tokenStart(3)).isEqualTo(8);
        assertThat(sentence.covered(1, 3)).isEqualTo("is ``fine");
    }

    @Test
    void tokensKnowWhereTheyAreInTheSentence() {
        Sentence sentence = new Sentence(TEXT, 2, 40, TOKENS, TAGS);

        assertThat(sentence.tokenStart(4)).isEqualTo(TEXT.indexOf("bridge"));
        assertThat(sentence.tokenEnd(4)).isEqualTo(TEXT.indexOf("bridge") + "bridge".length());
        assertThat(sentence.covered(6, 8)).isEqualTo("reopen in May");
        assertThat(sentence.end()).isEqualTo(40 + TEXT.length());
    }

    @Test
    void aSentenceSurvivesJsonAndJavaSerialization() throws IOException, ClassNotFoundException {
        Sentence sentence = new Sentence(TEXT, 3, TOKENS, TAGS);
        ObjectMapper json = new ObjectMapper();

        String written = json.writeValueAsString(sentence);
        assertThat(written).contains("\"tokens\":[\"The\",\"mayor\"").contains("\"tags\":[\"DET\",\"NOUN\"");
        assertThat(json.readValue(written, Sentence.class)).isEqualTo(sentence);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sentence);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(sentence);
        }
    }
}
