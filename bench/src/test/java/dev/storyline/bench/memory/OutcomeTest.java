package dev.storyline.bench.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTest {

    @Test
    void readsTheKindOfMemoryErrorFromTheChildsOutput() {
        assertThat(Outcome.ofFailure("reading...\nTerminating due to java.lang.OutOfMemoryError: Java heap space\n"))
                .isEqualTo(Outcome.OUT_OF_HEAP);
        assertThat(Outcome.ofFailure("Exception in thread \"main\" java.lang.OutOfMemoryError: GC overhead limit exceeded"))
                .isEqualTo(Outcome.GC_OVERHEAD);
        assertThat(Outcome.ofFailure("Terminating due to java.lang.OutOfMemoryError: Metaspace"))
                .isEqualTo(Outcome.OUT_OF_OTHER_MEMORY);
        assertThat(Outcome.ofFailure("storyline ingest: data: ran out of memory while storing or building the stories"))
                .as("the CLI's own message when it catches the error").isEqualTo(Outcome.OUT_OF_HEAP);
        assertThat(Outcome.ofFailure("storyline ingest: the store cannot be opened: disk full")).isEqualTo(Outcome.FAILED);
        assertThat(Outcome.ofFailure("")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void theMemoryLineIsTheErrorItself() {
        assertThat(Outcome.memoryLine("a\n  Terminating due to java.lang.OutOfMemoryError: Java heap space  \nb"))
                .contains("Terminating due to java.lang.OutOfMemoryError: Java heap space");
        assertThat(Outcome.memoryLine("all fine")).isEmpty();
    }

    @Test
    void onlyCompletedCountsAsFitting() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(outcome.completed()).as(outcome.name()).isEqualTo(outcome == Outcome.COMPLETED);
        }
    }
}
