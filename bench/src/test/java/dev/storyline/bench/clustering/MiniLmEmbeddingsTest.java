package dev.storyline.bench.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real model from the class path once and checks the shape of its output and that it ranks meaning. */
class MiniLmEmbeddingsTest {

    private static MiniLmEmbeddings model;

    @BeforeAll
    static void load() {
        model = MiniLmEmbeddings.load();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void vectorsHave384UnitLengthDimensions() {
        float[] vector = model.embed("Central bank raises interest rates. The decision surprised markets.");

        double squares = 0;
        for (float x : vector) {
            squares += (double) x * x;
        }
        assertThat(vector).hasSize(384);
        assertThat(Math.sqrt(squares)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedTexts() {
        float[] floods = model.embed("Floods force thousands from their homes. Heavy rain swelled the river "
                + "overnight and emergency crews evacuated several villages.");
        float[] paraphrase = model.embed("Thousands evacuated as river bursts its banks. Days of downpours flooded "
                + "villages and rescuers moved residents to shelters.");
        float[] unrelated = model.embed("Striker signs four-year contract. The club confirmed the transfer fee after "
                + "the player passed his medical on Tuesday.");

        double close = MiniLmEmbeddings.cosine(floods, paraphrase);
        double far = MiniLmEmbeddings.cosine(floods, unrelated);
        assertThat(close).isGreaterThan(far + 0.3);
    }

    @Test
    void blankTextIsRejected() {
        assertThatThrownBy(() -> model.embed("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
