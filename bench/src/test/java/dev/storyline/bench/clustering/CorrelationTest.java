package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CorrelationTest {

    @Test
    void handWorkedExample() {
        // Means 3 and 4; deviations dx = -2 -1 0 1 2, dy = -2 0 1 0 1.
        // Σdx·dy = 4 + 0 + 0 + 0 + 2 = 6, Σdx² = 10, Σdy² = 6, so r = 6 / √60 ≈ 0.7746.
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2, 4, 5, 4, 5};

        assertThat(Correlation.pearson(x, y)).isCloseTo(6 / Math.sqrt(60), within(1e-12));
    }

    @Test
    void exactLinearRelationsGiveOneOrMinusOne() {
        double[] x = {1, 2, 3, 4};

        assertThat(Correlation.pearson(x, new double[] {3, 5, 7, 9})).isCloseTo(1.0, within(1e-12));
        assertThat(Correlation.pearson(x, new double[] {-1, -3, -5, -7})).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void constantSampleIsUndefined() {
        assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
    }

    @Test
    void lengthsMustMatch() {
        assertThatThrownBy(() -> Correlation.pearson(new double[] {1, 2}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
