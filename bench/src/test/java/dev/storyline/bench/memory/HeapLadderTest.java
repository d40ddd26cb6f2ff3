package dev.storyline.bench.memory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeapLadderTest {

    @Test
    void stepsArePercentApartFromTheSmallestToTheLargest() {
        HeapLadder ladder = HeapLadder.geometric(64, 4096, 10);

        assertThat(ladder.sizesMb()).startsWith(64, 70, 77, 85);
        assertThat(ladder.largest()).isEqualTo(4096);
        for (int i = 1; i < ladder.size() - 1; i++) {
            double ratio = (double) ladder.get(i) / ladder.get(i - 1);
            assertThat(ratio).as("step %d", i).isBetween(1.08, 1.12);
        }
        assertThat(ladder.size()).isBetween(43, 46);
    }

    @Test
    void smallStepsNeverRepeatASize() {
        assertThat(HeapLadder.geometric(4, 8, 1).sizesMb()).containsExactly(4, 5, 6, 7, 8);
        assertThat(HeapLadder.geometric(100, 100, 10).sizesMb()).containsExactly(100);
    }

    @Test
    void refusesSizesOutOfOrder() {
        assertThatThrownBy(() -> new HeapLadder(List.of(128, 64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeapLadder(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeapLadder.geometric(64, 32, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
