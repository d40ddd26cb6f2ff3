package dev.storyline.bench.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StoreLoadBenchmarkTest {

    @Test
    void aSmallRunReportsIngestLaterIngestsAndLatenciesOnOneLine(@TempDir Path data) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new StoreLoadBenchmark()).execute("--documents", "300", "--updates", "1",
                    "--update-documents", "20", "--clients", "4", "--requests", "40", "--seconds", "5",
                    "--data", data.resolve("store").toString(), "--json");
        } finally {
            System.setOut(out);
        }
        assertThat(exit).isZero();
        String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode summary = new ObjectMapper().readTree(lines[0]);
        assertThat(summary.path("stored").asInt()).isEqualTo(380);
        assertThat(summary.path("ingest_docs_per_s").asDouble()).isPositive();
        assertThat(summary.path("grouping_state_mb").asDouble()).as("the clustering state kept at close").isPositive();
        assertThat(summary.path("builder_heap_bytes_per_document").asInt()).isPositive();
        assertThat(summary.path("newer_update_1_grouped").asInt()).as("newer documents are only added").isEqualTo(20);
        assertThat(summary.path("newer_update_1_stories_composed").asInt()).isLessThan(summary.path("stories").asInt());
        assertThat(summary.path("reopened_update_2_grouped").asInt()).as("a reopened store resumes grouping").isEqualTo(20);
        assertThat(summary.path("late_last_week_update_3_grouped").asInt()).as("last week's late documents restart from a checkpoint")
                .isBetween(20, 359);
        assertThat(summary.path("late_last_week_update_3_checkpoint_bytes").asLong()).isPositive();
        assertThat(summary.path("late_whole_year_update_4_grouped").asInt()).isBetween(20, 380);
        assertThat(summary.path("story_page_errors").asInt()).isZero();
        assertThat(summary.path("search_p99_ms").asDouble()).isPositive();
        assertThat(summary.path("story_list_p99_ms").asDouble()).isPositive();
    }
}
