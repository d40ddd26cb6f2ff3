package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinePeersTest {

    @Test
    void everyPublishedFigureHasASourceAndIsAShareOrMissing() {
        assertThat(TimelinePeers.all()).allSatisfy(peer -> {
            assertThat(peer.system()).isNotBlank();
            assertThat(peer.source()).isNotBlank();
            for (double figure : new double[] {peer.dateF1(), peer.alignedRouge1(), peer.alignedRouge2()}) {
                assertThat(Double.isNaN(figure) || figure >= 0 && figure <= 1).isTrue();
            }
        });
    }
}
