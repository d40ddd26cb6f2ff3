package dev.storyline.bench.memory;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeapSearchTest {

    private static final HeapSearch.TimeLimits LIMITS = new HeapSearch.TimeLimits(Duration.ofMinutes(30), 3, Duration.ofSeconds(60));

    /** A command that needs {@code neededMb}: below it, it runs out of heap. Records the heaps and limits it ran with. */
    private record FakeCommand(int neededMb, double seconds, List<Integer> heaps, List<Duration> limits) implements HeapSearch.Trial {
        FakeCommand(int neededMb, double seconds) {
            this(neededMb, seconds, new ArrayList<>(), new ArrayList<>());
        }

        @Override
        public Attempt run(int heapMb, Duration limit) {
            heaps.add(heapMb);
            limits.add(limit);
            return heapMb >= neededMb
                    ? new Attempt(heapMb, Outcome.COMPLETED, seconds, heapMb * 1048576L, GcSummary.NONE, "done")
                    : new Attempt(heapMb, Outcome.OUT_OF_HEAP, seconds / 2, heapMb * 1048576L, GcSummary.NONE, "java.lang.OutOfMemoryError: Java heap space");
        }
    }

    @Test
    void findsTheSmallestCompletingStepAndTheFailureJustBelowIt() throws Exception {
        HeapLadder ladder = new HeapLadder(List.of(64, 128, 256, 512, 1024, 2048, 4096));
        FakeCommand command = new FakeCommand(300, 10);

        HeapSearch.Result result = HeapSearch.search(ladder, LIMITS, command);

        assertThat(command.heaps()).as("the largest first, then halves of the ladder").containsExactly(4096, 256, 1024, 512);
        assertThat(result.smallest()).get().extracting(Attempt::heapMb).isEqualTo(512);
        assertThat(result.failedBelow()).get().extracting(Attempt::heapMb).isEqualTo(256);
        assertThat(result.failedBelow().get().outcome()).isEqualTo(Outcome.OUT_OF_HEAP);
        assertThat(result.reference().heapMb()).isEqualTo(4096);
        assertThat(result.attempts()).hasSize(4);
    }

    @Test
    void aCommandFittingInTheSmallestStepHasNoFailureBelow() throws Exception {
        HeapLadder ladder = HeapLadder.geometric(64, 4096, 10);
        FakeCommand command = new FakeCommand(1, 5);

        HeapSearch.Result result = HeapSearch.search(ladder, LIMITS, command);

        assertThat(result.smallest()).get().extracting(Attempt::heapMb).isEqualTo(64);
        assertThat(result.failedBelow()).isEmpty();
        assertThat(command.heaps()).as("a bisection, not a walk down the ladder").hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void aCommandFailingInTheLargestHeapIsReportedWithoutFurtherRuns() throws Exception {
        FakeCommand command = new FakeCommand(10_000, 5);

        HeapSearch.Result result = HeapSearch.search(HeapLadder.geometric(64, 4096, 10), LIMITS, command);

        assertThat(result.smallest()).isEmpty();
        assertThat(result.reference().outcome()).isEqualTo(Outcome.OUT_OF_HEAP);
        assertThat(command.heaps()).containsExactly(4096);
    }

    @Test
    void everyGeometricStepIsBisectedToItsNeighbour() throws Exception {
        HeapLadder ladder = HeapLadder.geometric(64, 4096, 10);
        for (int needed : List.of(65, 100, 777, 1500, 4000, 4096)) {
            HeapSearch.Result result = HeapSearch.search(ladder, LIMITS, new FakeCommand(needed, 1));
            int smallest = result.smallest().orElseThrow().heapMb();
            int below = result.failedBelow().orElseThrow().heapMb();
            assertThat(smallest).as("needs %d", needed).isGreaterThanOrEqualTo(needed);
            assertThat(ladder.sizesMb().indexOf(below)).as("needs %d", needed).isEqualTo(ladder.sizesMb().indexOf(smallest) - 1);
            assertThat(below).isLessThan(needed);
        }
    }

    @Test
    void runsAfterTheReferenceAreLimitedByAMultipleOfItsTimeWithAFloor() throws Exception {
        FakeCommand slow = new FakeCommand(300, 100);
        HeapSearch.search(new HeapLadder(List.of(64, 256, 1024)), LIMITS, slow);
        assertThat(slow.limits()).containsExactly(Duration.ofMinutes(30), Duration.ofSeconds(300), Duration.ofSeconds(300));

        FakeCommand fast = new FakeCommand(300, 2);
        HeapSearch.Result result = HeapSearch.search(new HeapLadder(List.of(64, 256, 1024)), LIMITS, fast);
        assertThat(fast.limits().subList(1, fast.limits().size())).containsOnly(Duration.ofSeconds(60));
        assertThat(result.limit()).isEqualTo(Duration.ofSeconds(60));
    }
}
