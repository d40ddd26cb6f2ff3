package dev.storyline.bench.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GcSummaryTest {

    @Test
    void sumsThePausesAndKeepsTheLargestHeapAfterACollection() {
        String log = """
                [0.010s][info][gc] Using G1
                [1.200s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 4.500ms
                [3.100s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 80M->61M(94M) 20.000ms
                [3.300s][info][gc] GC(2) Concurrent Mark Cycle 45.678ms
                [3.400s][info][gc] GC(2) Pause Remark 70M->70M(94M) 1.000ms
                [5.000s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 94M->88M(94M) 474.500ms
                [6.000s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 1G->512M(2G) 0.000ms
                """;

        GcSummary gc = GcSummary.parse(log);

        assertThat(gc.pauseSeconds()).as("the concurrent cycle is not a pause").isCloseTo(0.5, within(1e-9));
        assertThat(gc.fullCollections()).isEqualTo(1);
        assertThat(gc.maxAfterMb()).isEqualTo(512);
        assertThat(gc.pauseShare(2.0)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void anEmptyLogIsNoCollection() {
        assertThat(GcSummary.parse("")).isEqualTo(GcSummary.NONE);
        assertThat(GcSummary.NONE.pauseShare(0)).isZero();
    }
}
