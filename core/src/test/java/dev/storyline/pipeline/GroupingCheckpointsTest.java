package dev.storyline.pipeline;

import dev.storyline.cluster.ClusteringCheckpoint;
import dev.storyline.cluster.OnlineEventClusterer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GroupingCheckpointsTest {

    private static final LocalDate LATEST = LocalDate.parse("2026-06-30");

    @Test
    void everyDayBoundaryOfTheLastMonthIsKept() {
        assertThat(GroupingCheckpoints.wanted(LocalDate.parse("2026-06-28"), LocalDate.parse("2026-06-29"), LATEST)).isTrue();
        assertThat(GroupingCheckpoints.wanted(LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-04"), LATEST)).isTrue();
    }

    @Test
    void noBoundaryWithinADayOrAroundAnUndatedDocument() {
        assertThat(GroupingCheckpoints.wanted(LocalDate.parse("2026-06-29"), LocalDate.parse("2026-06-29"), LATEST)).isFalse();
        assertThat(GroupingCheckpoints.wanted(LocalDate.parse("2026-06-29"), null, LATEST)).isFalse();
        assertThat(GroupingCheckpoints.wanted(null, LocalDate.parse("2026-06-29"), LATEST)).isFalse();
    }

    @Test
    void olderBoundariesAreKeptOncePerWeekAndThenOncePerMonth() {
        // 2026-04-05 is a Sunday, 2026-04-06 a Monday
        assertThat(GroupingCheckpoints.wanted(LocalDate.parse("2026-04-05"), LocalDate.parse("2026-04-06"), LATEST)).isTrue();
        assertThat(GroupingCheckpoints.wanted(LocalDate.parse("2026-04-06"), LocalDate.parse("2026-04-07"), LATEST)).isFalse();
        assertThat(GroupingCheckpoints.wanted(LocalDate.parse("2025-11-30"), LocalDate.parse("2025-12-01"), LATEST)).isTrue();
        assertThat(GroupingCheckpoints.wanted(LocalDate.parse("2025-11-23"), LocalDate.parse("2025-11-24"), LATEST)).isFalse();
    }

    @Test
    void aCheckpointThatAgesOutOfItsBandIsForgottenAndTheRestSurviveAWriteAndARead() throws IOException, ClassNotFoundException {
        ClusteringCheckpoint empty = new OnlineEventClusterer().checkpoint();
        GroupingCheckpoints checkpoints = new GroupingCheckpoints();
        checkpoints.add(new GroupingCheckpoints.Checkpoint(10, LocalDate.parse("2026-06-09"), LocalDate.parse("2026-06-10"), empty));
        checkpoints.add(new GroupingCheckpoints.Checkpoint(20, LocalDate.parse("2026-06-28"), LocalDate.parse("2026-06-29"), empty));
        long bothShareOne = checkpoints.bytes();
        assertThat(checkpoints.atOrBefore(15).position()).isEqualTo(10);
        assertThat(checkpoints.atOrBefore(9)).isNull();

        checkpoints.retain(LocalDate.parse("2026-07-20"));
        assertThat(checkpoints.atOrBefore(15)).as("a Wednesday boundary 40 days old").isNull();
        assertThat(checkpoints.bytes()).as("what two checkpoints share counts once").isEqualTo(bothShareOne);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            checkpoints.write(out);
        }
        GroupingCheckpoints read = new GroupingCheckpoints();
        read.read(new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read.atOrBefore(100).position()).isEqualTo(20);
        assertThat(read.atOrBefore(100).date()).isEqualTo(LocalDate.parse("2026-06-29"));
        assertThat(read.atOrBefore(100).clusterer().documents()).isZero();
    }
}
